/**
 * The vocabulary of exercise checks. A check reads as given / when / then,
 * like Emmett's decider tests, and `run` returns what the check expected next
 * to what the learner's code produced, so the page can show a readable
 * difference instead of a bare "failed".
 *
 * Checks are site code, not learner code: they are bundled into the worker
 * and run there against the learner's module, never on the main thread.
 */

import type { Command, Event } from '#engine';

/** The learner's compiled module as the worker sees it: its named exports. */
export type LearnerModule = Readonly<Record<string, unknown>>;

/** What a check saw: `expected` is compared with `actual` by deep equality. */
export interface Observation {
  expected: unknown;
  actual: unknown;
  /** Says why in the domain's words when the generic path-by-path difference would not. */
  explanation?: string;
}

/**
 * The check as data, when it is a plain decider case: given these events,
 * when folding them (state) or deciding this command (events or a
 * rejection). Tools outside the site read it (an exported Emmett project's
 * DeciderSpecification, the differential test against Emmett); checks of
 * other shapes (a query, a store, upcasters) have none.
 */
export type DeciderCase =
  | { kind: 'state'; given: Event[]; expected: unknown }
  | { kind: 'events'; given: Event[]; when: Command; expected: Event[] }
  | { kind: 'rejected'; given: Event[]; when: Command };

export interface ExerciseCheck {
  /** The situation, in words ("an order that was placed and shipped"). */
  given: string;
  /** What happens ("folding the stream", "ReserveSeat A7 by Bo"). */
  when: string;
  /** What should come out ("status is Shipped"). */
  then: string;
  /** Calls the learner's exports; may throw (the runner reports what was thrown). */
  run: (learner: LearnerModule) => Observation | Promise<Observation>;
  /** Set by the decider check builders (decider-checks.ts). */
  spec?: DeciderCase;
}

/** Where the learner's code threw, when the runner can tell (line and column in their source). */
export interface ThrownAt {
  kind: 'runtime';
  message: string;
  line?: number;
  column?: number;
  eventIndex?: number;
  eventType?: string;
}

/**
 * One check's outcome, the shape of the engine's given/when/then results
 * with values already rendered as text, so it always crosses the worker
 * boundary.
 */
export interface CheckResult {
  passed: boolean;
  title: string;
  expected: string;
  actual: string;
  difference: string;
  /** Set when the learner's code threw (not a DomainError the check expected). */
  error?: ThrownAt;
}

/** Why the learner's module could not be checked at all (missing export, wrong type). */
export class ExportMissingError extends Error {
  constructor(name: string, kind: string) {
    const example = kind === 'a function' ? `export function ${name}(...) { ... }` : `export const ${name} = { ... }`;
    super(`Your code must export ${kind} named "${name}" (${example}).`);
    this.name = 'ExportMissingError';
  }
}

/** A named export that must be a function; typed by the caller, checked at run time. */
export function exportedFunction<F extends (...args: never[]) => unknown>(
  learner: LearnerModule,
  name: string,
): F {
  const value = learner[name];
  if (typeof value !== 'function') throw new ExportMissingError(name, 'a function');
  return value as F;
}

/** A named export that must be an object (a decider, a projection). */
export function exportedObject<T extends object>(learner: LearnerModule, name: string): T {
  const value = learner[name];
  if (typeof value !== 'object' || value === null) throw new ExportMissingError(name, 'an object');
  return value as T;
}

/** The title shown for a check: the three parts in one sentence. */
export function titleOf(check: Pick<ExerciseCheck, 'given' | 'when' | 'then'>): string {
  return `Given ${check.given}, when ${check.when}, then ${check.then}`;
}
