/**
 * What the page's runner client offers and how it is set up: the types only,
 * so a page can name the client without importing its machinery (the queue,
 * the watchdog, the replay after a restart live in client-core.ts).
 */
import type { Endpoint } from 'comlink';
import type { RunnerApi } from './protocol.ts';

export interface RestartInfo {
  reason: 'timeout' | 'crashed';
  /** The call that was running. */
  method: string;
  /** Plain words for a notice. */
  message: string;
  /** Restarts since the runner was created. */
  restarts: number;
}

export interface RunnerOptions {
  /** Longest a call may run before the worker is replaced (default 2000 ms). */
  budgetMs?: number;
  /**
   * Per-method budgets that replace `budgetMs` for those calls. setEvents runs
   * no learner code but copies and freezes every event, which takes seconds
   * for a 100,000-event stream on a slow machine: the playground gives it more.
   */
  budgets?: Partial<Record<string, number>>;
  /** How long a fresh worker may take to start (default 15 s); not learner code, so not `budgetMs`. */
  bootBudgetMs?: number;
  /** The clock that tells two crashes apart (tests pass a fake one). */
  now?: () => number;
  /** Called after the worker was replaced, so a UI can say so. */
  onRestart?: (info: RestartInfo) => void;
}

/** What the client needs of a worker: a comlink endpoint it can terminate (a Worker, or a fake in tests). */
export type WorkerLike = Endpoint & { terminate(): void };

/** A reply the page awaits: the worker's answer, or the promise it already was. */
type Answer<R> = [R] extends [Promise<unknown>] ? R : Promise<R>;

/**
 * Every method of the worker's API (protocol.ts), as the page calls it:
 * the same arguments, the answer in a promise. Derived, not written again, so
 * a method added to RunnerApi is a method of the client (or a compile error
 * in client-core.ts until it is wired).
 */
export type RunnerCalls = { [M in keyof RunnerApi]: (...args: Parameters<RunnerApi[M]>) => Answer<ReturnType<RunnerApi[M]>> };

export interface RunnerClient extends RunnerCalls {
  /** Listens for worker restarts; returns an unsubscribe function. */
  onRestart(listener: (info: RestartInfo) => void): () => void;
  readonly restarts: number;
  /** Stops the worker; later calls start a new one. */
  terminate(): void;
}
