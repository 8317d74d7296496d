/**
 * What the page's runner client offers and how it is set up: the types only,
 * so a page can name the client without importing its machinery (the queue,
 * the watchdog, the replay after a restart live in client-core.ts).
 */
import type { Endpoint } from 'comlink';
import type {
  Check, EventsPageResult, LoadResult, MomentAtResult, ProjectionsAtOptions, ProjectionsAtResult,
  RebuildOptions, RebuildProgress, RebuildResult, Result, RunChecksResult, RunCommandOptions,
  RunCommandResult, SetEventsOptions, SetEventsResult, StateAtResult,
} from './protocol.ts';

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

export interface RunnerClient {
  load(code: string): Promise<LoadResult>;
  setEvents(events: string | unknown[], options?: SetEventsOptions): Promise<SetEventsResult>;
  stateAt(position: number): Promise<StateAtResult>;
  eventsPage(from: number, to: number): Promise<EventsPageResult>;
  projectionsAt(position: number, options?: ProjectionsAtOptions): Promise<ProjectionsAtResult>;
  momentAt(position: number, options?: ProjectionsAtOptions): Promise<MomentAtResult>;
  rebuildProjection(name: string, options?: RebuildOptions, onProgress?: (progress: RebuildProgress) => void): Promise<RebuildResult>;
  runCommand(command: unknown, options?: RunCommandOptions): Promise<RunCommandResult>;
  runChecks(checks: readonly Check[]): Promise<RunChecksResult>;
  /** Runs exercise `id`'s checks against the loaded code. */
  runExercise(id: string): Promise<RunChecksResult>;
  ping(): Promise<Result<{ pong: true }>>;
  /** Listens for worker restarts; returns an unsubscribe function. */
  onRestart(listener: (info: RestartInfo) => void): () => void;
  readonly restarts: number;
  /** Stops the worker; later calls start a new one. */
  terminate(): void;
}
