import { DomainError } from './errors.ts';
import { describeValue, diffValues } from './diff.ts';
import { foldReporting } from './fold.ts';
import { project } from './project.ts';
import type { Command, Decider, Event, Projection } from './types.ts';

/**
 * Checks in the given / when / then form (Emmett's DeciderSpecification,
 * Greg Young's "given events, when command, then events"). They return a
 * result instead of throwing so that an exercise page can show every check
 * with its difference, and a unit test can `assert.ok(result.passed, result.difference)`.
 */
export interface CheckResult {
  passed: boolean;
  title: string;
  expected: unknown;
  actual: unknown;
  /** One line per difference (`$[0].data.amount: expected 100, got 90`); '' when passed. */
  difference: string;
}

/**
 * What a rejection must look like. A string matches the DomainError's
 * invariant or a part of its message; `true` accepts any DomainError.
 */
export type ErrorExpectation = true | string | { invariant?: string; message?: string };

export type DeciderThen<Evt extends Event> = readonly Evt[] | Evt | { error: ErrorExpectation };

export interface DeciderScenario<Cmd extends Command, Evt extends Event> {
  title?: string;
  given: readonly Evt[];
  when: Cmd;
  then: DeciderThen<Evt>;
}

export interface ProjectionScenario<View, Evt extends Event> {
  title?: string;
  given: readonly Evt[];
  then: View;
}

/** Events are compared by type and data; metadata is the store's business, not the decider's. */
const essence = (event: Event): { type: string; data: unknown } => ({ type: event.type, data: event.data });

const describeError = (error: unknown): { name: string; message: string; invariant?: string } => {
  if (error instanceof DomainError) return { name: error.name, message: error.message, invariant: error.invariant };
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: 'thrown value', message: describeValue(error) };
};

const expectsError = <Evt extends Event>(then: DeciderThen<Evt>): then is { error: ErrorExpectation } =>
  !Array.isArray(then) && typeof then === 'object' && then !== null && 'error' in then && !('type' in then);

const errorMismatch = (expectation: ErrorExpectation, error: unknown): string => {
  if (!(error instanceof DomainError)) {
    const { name, message } = describeError(error);
    return `expected a DomainError, got ${name}: ${message}`;
  }
  if (expectation === true) return '';
  if (typeof expectation === 'string') {
    return error.invariant === expectation || error.message.includes(expectation)
      ? ''
      : `expected a rejection matching "${expectation}", got "${error.message}" (invariant "${error.invariant}")`;
  }
  const lines: string[] = [];
  if (expectation.invariant !== undefined && expectation.invariant !== error.invariant) {
    lines.push(`$.invariant: expected "${expectation.invariant}", got "${error.invariant}"`);
  }
  if (expectation.message !== undefined && !error.message.includes(expectation.message)) {
    lines.push(`$.message: expected to contain "${expectation.message}", got "${error.message}"`);
  }
  return lines.join('\n');
};

const result = (title: string, expected: unknown, actual: unknown, difference: string): CheckResult => ({
  passed: difference === '',
  title,
  expected,
  actual,
  difference,
});

export function checkDecider<State, Cmd extends Command, Evt extends Event>(
  decider: Decider<State, Cmd, Evt>,
  scenario: DeciderScenario<Cmd, Evt>,
): CheckResult {
  const wantsError = expectsError(scenario.then);
  const title =
    scenario.title ??
    `given ${scenario.given.length} event(s), when ${scenario.when.type}, then ${wantsError ? 'rejected' : 'events'}`;
  const expected = expectsError(scenario.then)
    ? { error: scenario.then.error }
    : (Array.isArray(scenario.then) ? scenario.then : [scenario.then]).map(essence);
  let state: State;
  try {
    state = foldReporting(decider.evolve, decider.initialState(), scenario.given);
  } catch (error) {
    return result(title, expected, { error: describeError(error) }, `given events could not be folded: ${describeError(error).message}`);
  }
  let produced: Evt[];
  try {
    const out = decider.decide(scenario.when, state);
    produced = Array.isArray(out) ? out : [out];
  } catch (error) {
    const actual = { error: describeError(error) };
    if (expectsError(scenario.then)) return result(title, expected, actual, errorMismatch(scenario.then.error, error));
    return result(title, expected, actual, `expected events, but decide threw ${actual.error.name}: ${actual.error.message}`);
  }
  const actual = produced.map(essence);
  if (wantsError) {
    return result(title, expected, actual, `expected a rejection, got ${actual.length} event(s): ${describeValue(actual.map((e) => e.type))}`);
  }
  return result(title, expected, actual, diffValues(expected, actual).join('\n'));
}

export function checkProjection<View, Evt extends Event>(
  projection: Projection<View, Evt>,
  scenario: ProjectionScenario<View, Evt>,
): CheckResult {
  const title = scenario.title ?? `given ${scenario.given.length} event(s), then ${projection.name} view`;
  try {
    const actual = project(projection, scenario.given);
    return result(title, scenario.then, actual, diffValues(scenario.then, actual).join('\n'));
  } catch (error) {
    const actual = { error: describeError(error) };
    return result(title, scenario.then, actual, `the projection threw: ${actual.error.message}`);
  }
}

/**
 * The fluent form: `specify(decider).given(events).when(command).thenEvents([...])`
 * or `.thenRejects('balance may not go below zero')`. Not `.then(...)` as in
 * Emmett: an object with a `then` method is a thenable and `await` would call it.
 */
export function specify<State, Cmd extends Command, Evt extends Event>(decider: Decider<State, Cmd, Evt>) {
  return {
    given: (given: readonly Evt[] = [], title?: string) => ({
      when: (when: Cmd) => {
        const scenario = (then: DeciderThen<Evt>): DeciderScenario<Cmd, Evt> =>
          title === undefined ? { given, when, then } : { title, given, when, then };
        return {
          thenEvents: (events: readonly Evt[] | Evt): CheckResult => checkDecider(decider, scenario(events)),
          thenRejects: (error: ErrorExpectation = true): CheckResult => checkDecider(decider, scenario({ error })),
        };
      },
    }),
  };
}
