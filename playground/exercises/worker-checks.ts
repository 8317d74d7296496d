/**
 * The worker's entry into exercise checks: the worker entry (runner/worker.ts)
 * hands this to the runner session, whose `runExercise(id)` calls it with the
 * module it has loaded. Checks are site code,
 * loaded here by id (never the solutions); the learner's code runs only in
 * this worker, under the client's watchdog like every other call.
 */
import type { RunExerciseResult } from '../runner/protocol.ts';
import { isExerciseId } from './catalog.ts';
import { checkLoaders } from './checks-index.ts';
import { allPassed, runChecks, type Locate } from './check-runner.ts';

/** What the session knows about the loaded module: its named exports. */
export interface LoadedModule {
  exports: Record<string, unknown>;
}

export async function runExercise(module: LoadedModule | undefined, id: unknown, locate: Locate): Promise<RunExerciseResult> {
  if (typeof id !== 'string' || !isExerciseId(id)) {
    return { ok: false, error: { kind: 'invalid-input', message: `There is no exercise "${String(id)}".` } };
  }
  if (!module) {
    return { ok: false, error: { kind: 'invalid-input', message: 'No code is loaded yet (or the last load failed): fix the error above and check again.' } };
  }
  try {
    const { checks } = await checkLoaders[id]();
    const results = await runChecks(checks, module.exports, locate);
    return { ok: true, passed: allPassed(results), checks: results };
  } catch (caught) {
    // Only a failed chunk load gets here: runChecks itself never throws.
    return { ok: false, error: { kind: 'crashed', message: `The checks could not be loaded: ${caught instanceof Error ? caught.message : String(caught)}` } };
  }
}
