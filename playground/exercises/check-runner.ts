/**
 * Runs an exercise's checks against the learner's module. Pure (no DOM, no
 * worker API): the worker calls it after loading the learner's code, and the
 * unit tests call it in Node with start.ts / solution.ts imported directly.
 * It never throws: a check whose code throws is a failed check that says
 * what was thrown.
 */
import { differences, deepEqual, showPair } from './compare.ts';
import { titleOf, type CheckResult, type ExerciseCheck, type LearnerModule, type ThrownAt } from './kit.ts';

/** Turns something the learner's code threw into a located error (the worker maps stack lines to their source). */
export type Locate = (caught: unknown) => ThrownAt;

/** Where a thrown error came from, when the learner's code says (a fold's event index, a line). */
export interface ThrownDetail {
  message: string;
  eventIndex?: number;
  eventType?: string;
}

function describeThrown(error: unknown): ThrownDetail {
  if (error instanceof Error) {
    const detail: ThrownDetail = { message: `${error.name}: ${error.message}` };
    const { eventIndex, eventType } = error as Error & { eventIndex?: unknown; eventType?: unknown };
    if (typeof eventIndex === 'number') detail.eventIndex = eventIndex;
    if (typeof eventType === 'string') detail.eventType = eventType;
    return detail;
  }
  return { message: String(error) };
}

export async function runCheck(check: ExerciseCheck, learner: LearnerModule, locate?: Locate): Promise<CheckResult> {
  const title = titleOf(check);
  try {
    const { expected, actual: produced, explanation } = await check.run(learner);
    // Judge a plain copy: a proxy or a getter in the learner's result could
    // answer one way to the comparison and another way when shown.
    const actual = structuredClone(produced);
    const passed = deepEqual(expected, actual);
    const [shownExpected, shownActual] = showPair(expected, actual);
    return {
      passed,
      title,
      expected: shownExpected,
      actual: shownActual,
      difference: passed ? '' : (explanation ?? differences(expected, actual).join('\n')),
    };
  } catch (error) {
    const thrown = describeThrown(error);
    const result: CheckResult = {
      passed: false,
      title,
      expected: check.then,
      actual: `threw ${thrown.message}`,
      difference: `Your code threw instead of returning: ${thrown.message}`,
    };
    if (locate) result.error = locate(error);
    return result;
  }
}

/** All checks, in order; one failing or throwing does not stop the others. */
export async function runChecks(
  checks: readonly ExerciseCheck[],
  learner: LearnerModule,
  locate?: Locate,
): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  for (const check of checks) results.push(await runCheck(check, learner, locate));
  return results;
}

export function allPassed(results: readonly CheckResult[]): boolean {
  return results.length > 0 && results.every((result) => result.passed);
}
