/**
 * The playground's one door to the runner client. Everything else in the
 * page imports the `Runner` type from here, so the client's exact API shows
 * up in one file.
 */
import { createRunner, type RestartInfo, type RunnerClient } from '../../../playground/runner/client.ts';

export type Runner = Pick<RunnerClient, 'load' | 'setEvents' | 'stateAt' | 'momentAt' | 'eventsPage' | 'projectionsAt' | 'rebuildProjection' | 'runCommand'>;

/** Past this, a call is a runaway loop: the client restarts the worker and says so. */
export const BUDGET_MS = 5_000;
/**
 * setEvents runs no learner code; copying and freezing a 100,000-event stream
 * can take seconds on a slow machine, which is no loop.
 */
export const SET_EVENTS_BUDGET_MS = 60_000;

export function connectRunner(onRestart: (info: RestartInfo) => void): Runner {
  return createRunner({ budgetMs: BUDGET_MS, budgets: { setEvents: SET_EVENTS_BUDGET_MS }, onRestart });
}
