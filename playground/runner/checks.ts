import { checkDecider, checkProjection, type CheckResult } from '../engine/given-when-then.ts';
import { diffValues, describeValue } from '../engine/diff.ts';
import { foldReporting } from '../engine/fold.ts';
import { DomainError, FoldError } from '../engine/errors.ts';
import type { Command, Decider, Event, Projection } from '../engine/types.ts';
import { toCrossable } from './cloneable.ts';
import { runtimeError } from './error-position.ts';
import { requireModule, upcastAll, type Context } from './context.ts';
import type { LearnerModule } from './evaluate-module.ts';
import { fail, isCheck, isMessage, type Check, type CheckOutcome, type RunChecksResult } from './protocol.ts';

/**
 * Exercise checks (given / when / then) run here, against the learner's
 * loaded module, with the engine's own checkDecider and checkProjection so a
 * check reads the same in an exercise as in a unit test. The learner's
 * functions are wrapped to remember the last thing they threw: the engine
 * reports what went wrong, we add where (line and column in their code).
 */

type Thrown = { value: unknown; where: string } | undefined;

function watch<A extends unknown[], R>(fn: (...args: A) => R, where: string, record: (t: Thrown) => void): (...args: A) => R {
  return (...args: A): R => {
    try {
      return fn(...args);
    } catch (caught) {
      record({ value: caught, where });
      throw caught;
    }
  };
}

/** decide's output checked before the engine reads it, so a wrong return is a clear failure. */
function decideChecked(decide: ((...args: unknown[]) => unknown) | undefined): (command: Command, state: unknown) => Event | Event[] {
  return (command, state) => {
    if (!decide) throw new Error('Your decider has no decide function.');
    const out = decide(command, state);
    const list: unknown[] = Array.isArray(out) ? out : [out];
    const bad = list.findIndex((event) => !isMessage(event));
    if (bad >= 0) throw new Error(`decide returned ${describeValue(list[bad])} where an event { type, data } was expected`);
    return list.filter(isMessage);
  };
}

/** Results must cross to the page: anything that cannot is described as text. */
function crossable(value: unknown): unknown {
  const checked = toCrossable(value, 'value');
  return checked.ok ? checked.value : describeValue(value);
}

function runOne(module: LearnerModule, check: Check, upcast: (events: Event[]) => Event[]): CheckOutcome {
  let thrown: Thrown;
  const record = (t: Thrown): void => {
    thrown = t;
  };
  let result: CheckResult;
  const given = upcast(check.given);
  const title = check.title;
  if (check.kind === 'projection') {
    const found = module.projections.find((p) => p.name === check.projection);
    if (!found) {
      return { title: title ?? check.projection, passed: false, expected: check.then, actual: null, difference: `Your module has no projection named "${check.projection}".` };
    }
    const projection: Projection<unknown, Event> = {
      name: found.name, canHandle: found.canHandle,
      initialState: watch(found.initialState, `projection "${found.name}" initialState`, record),
      evolve: watch(found.evolve, `projection "${found.name}" evolve`, record),
    };
    result = checkProjection(projection, title === undefined ? { given, then: check.then } : { title, given, then: check.then });
  } else {
    const raw = module.decider;
    if (!raw) return { title: title ?? check.kind, passed: false, expected: check.then, actual: null, difference: 'Your module exports no `decider`.' };
    const decider: Decider<unknown, Command, Event> = {
      initialState: watch(raw.initialState, 'decider.initialState', record),
      evolve: watch(raw.evolve, 'evolve', record),
      decide: watch(decideChecked(raw.decide), 'decide', record),
    };
    if (check.kind === 'decide') {
      const scenario = { given, when: check.when, then: check.then };
      result = checkDecider(decider, title === undefined ? scenario : { ...scenario, title });
    } else {
      const name = title ?? `given ${given.length} event(s), then state`;
      try {
        const state = foldReporting(decider.evolve, decider.initialState(), given);
        const difference = diffValues(check.then, state).join('\n');
        result = { passed: difference === '', title: name, expected: check.then, actual: state, difference };
      } catch (caught) {
        const message = caught instanceof FoldError && caught.cause instanceof Error ? caught.cause.message : describeValue(caught);
        result = { passed: false, title: name, expected: check.then, actual: { error: message }, difference: `the given events could not be folded: ${message}` };
      }
    }
  }
  const outcome: CheckOutcome = {
    title: result.title, passed: result.passed, expected: crossable(result.expected), actual: crossable(result.actual), difference: result.difference,
  };
  const caught = thrown?.value;
  if (!result.passed && thrown && !(caught instanceof DomainError)) {
    outcome.error = runtimeError(caught, module.columns, thrown.where);
  }
  return outcome;
}

export function runChecks(ctx: Context, checks: unknown): RunChecksResult {
  const module = requireModule(ctx);
  if (!module.ok) return module;
  if (!Array.isArray(checks)) return fail({ kind: 'invalid-input', message: 'Checks should be a list.' });
  const valid: Check[] = [];
  for (const [i, check] of checks.entries()) {
    if (!isCheck(check)) return fail({ kind: 'invalid-input', message: `Check ${i + 1} is not a given / when / then check the runner knows.` });
    valid.push(check);
  }
  const upcast = (events: Event[]): Event[] => {
    const read = upcastAll(module.value, ctx.upcast, events);
    return read.ok ? read.value : events;
  };
  const outcomes = valid.map((check) => runOne(module.value, check, upcast));
  return { ok: true, passed: outcomes.every((o) => o.passed), checks: outcomes };
}
