/**
 * The worker boundary: the one module both sides import. Every answer is a
 * discriminated union, `{ ok: true, ... } | { ok: false, error }`, so the page
 * never needs try/catch around a call and nothing throws across the boundary.
 * Everything here crosses by structured clone: plain data only.
 */
import type { ExpectedStreamVersion } from '../engine/expected-version.ts';
import type { Event } from '../engine/types.ts';

export type { ExpectedStreamVersion };

/**
 * What went wrong, in categories the UI can word and style differently. The
 * one list both sides read: the type below and the guard (guards.ts) come from it.
 * - 'stale' is client side only: a newer call of the same kind replaced this
 *   one before its answer was used (as the Svelte tutorial's client drops
 *   stale replies). Ignore it; never show it.
 */
export const RUNNER_ERROR_KINDS = ['compile', 'runtime', 'timeout', 'invalid-input', 'not-serializable', 'crashed', 'stale'] as const;
export type RunnerErrorKind = (typeof RUNNER_ERROR_KINDS)[number];

export interface RunnerError {
  kind: RunnerErrorKind;
  /** Plain words for a learner; shown in a role="alert" region. */
  message: string;
  /** 1-based line in the learner's own source (or in the events JSON for invalid-input). */
  line?: number;
  /** 1-based column, same source as `line`. */
  column?: number;
  /** 0-based index of the event being folded when a fold failed. */
  eventIndex?: number;
  eventType?: string;
  /** Where in a value the problem is, e.g. `state.items[3].onClick` (not-serializable). */
  path?: string;
}

export type Failure = { ok: false; error: RunnerError };
export type Result<T extends object> = ({ ok: true } & T) | Failure;

export function fail(error: RunnerError): Failure {
  return { ok: false, error };
}

/** An event or a command as the engine sees them: `{ type, data, metadata? }`. */
export type Message = Event;

/** What `load` found in the learner's module. */
export interface LoadedExports {
  /** Every export name, e.g. ['decider', 'projections']. */
  names: string[];
  hasDecider: boolean;
  hasIsTerminal: boolean;
  projections: string[];
  upcasters: number;
}

export type LoadResult = Result<{ exports: LoadedExports }>;
export type SetEventsResult = Result<{ count: number }>;

/**
 * A value that was too large to send whole. The page shows `preview` and the
 * note instead of freezing on a multi-megabyte tree.
 */
export interface CutValue {
  cut: true;
  note: string;
  /** JSON characters counted before giving up: the full value is at least this large. */
  size: number;
  /** The start of the JSON text, for a peek. */
  preview: string;
}

export interface StateAt {
  /** The position asked for, clamped to 0..count. */
  position: number;
  /** Total events in the stream. */
  count: number;
  /** Cloneable state, or a CutValue when it was too large to send. */
  state: unknown;
  stateCut: boolean;
  /** How many evolve calls this answer cost (snapshots keep it at most N). */
  eventsRead: number;
  /** Position of the snapshot the fold started from (0 = initial state). */
  fromSnapshot: number;
  lastEvent?: Message;
  /** Paths the last event changed, like `$.balance` or `$.items[2].qty` (the engine's diff.ts format). */
  changedPaths?: string[];
  terminal?: boolean;
}
export type StateAtResult = Result<StateAt>;

export interface EventsPage {
  from: number;
  to: number;
  count: number;
  /** The events as stored: facts never change. */
  events: Message[];
  /** Only when the module has upcasters: the same events as evolve reads them (upcast). */
  read?: Message[];
}
export type EventsPageResult = Result<EventsPage>;

export type ProjectionStatus = 'caughtUp' | 'fellBehind';

export interface ProjectionAt {
  name: string;
  view: unknown;
  viewCut: boolean;
  /** Number of events this projection has processed (its position in the log). */
  checkpoint: number;
  status: ProjectionStatus;
  /** How many events behind the position asked for. */
  behind: number;
  /** Paths of the view the event at the checkpoint changed (none when the projection does not handle it). */
  changedPaths?: string[];
}
export interface ProjectionsAtOptions {
  /** Events an async projection trails behind: a number for all, or per projection name. */
  lag?: number | Record<string, number>;
}
export type ProjectionsAtResult = Result<{ position: number; projections: ProjectionAt[] }>;

/** A whole moment of the stream: what the playground shows for one time-travel position. */
export interface MomentAt extends StateAt {
  /** Every projection at this position (async ones at their lagged checkpoint). */
  projections: ProjectionAt[];
  /**
   * The state one event earlier, for a before/after list. Left out at
   * position 0 and when either state was too large to send whole.
   */
  previousState?: unknown;
}
export type MomentAtResult = Result<MomentAt>;

export interface RebuildProgress {
  name: string;
  position: number;
  total: number;
}
export interface RebuildOptions {
  /** Report progress every this many events (default: about 20 reports per rebuild). */
  every?: number;
}
export type RebuildResult = Result<{ name: string; view: unknown; viewCut: boolean; checkpoint: number; eventsReplayed: number }>;

export interface RunCommandOptions {
  /**
   * Optimistic concurrency: the stream version the caller decided on, as in
   * Emmett: a number of events (0 = empty), 'STREAM_DOES_NOT_EXIST',
   * 'STREAM_EXISTS' or 'NO_CONCURRENCY_CHECK' (the default).
   */
  expectedStreamVersion?: ExpectedStreamVersion;
  /** Metadata stamped on the appended events (by, occurredAt...). */
  metadata?: Record<string, unknown>;
}
export type CommandOutcome =
  | { outcome: 'appended'; events: Message[]; streamVersion: number }
  | { outcome: 'rejected'; invariant: string; message: string; line?: number; column?: number }
  | { outcome: 'conflict'; expected: ExpectedStreamVersion; actual: number; message: string };
export type RunCommandResult = Result<CommandOutcome>;

/**
 * One check of a workshop exercise, as it crosses back to the page. The
 * checks themselves are the exercise's given / when / then (playground/
 * exercises/ID/checks.ts), run in the worker: the page only shows verdicts.
 */
export interface CheckOutcome {
  title: string;
  passed: boolean;
  expected: unknown;
  actual: unknown;
  /** One line per difference (`$.balance: expected 100, got 90`); '' when passed. */
  difference: string;
  /** Set when the learner's code threw something other than a DomainError: where. */
  error?: RunnerError;
}
export type RunExerciseResult = Result<{ passed: boolean; checks: CheckOutcome[] }>;

export interface SetEventsOptions {
  /** A snapshot every N events (default 100); a small N makes snapshots visible in a demo. */
  snapshotEvery?: number;
}

/**
 * The methods the worker exposes. Every method returns a Result; none throws.
 * Calls run one at a time in order, so a `load` followed by `stateAt` sees the
 * new code.
 */
export interface RunnerApi {
  load(code: string): LoadResult;
  setEvents(events: string | unknown[], options?: SetEventsOptions): SetEventsResult;
  stateAt(position: number): StateAtResult;
  eventsPage(from: number, to: number): EventsPageResult;
  projectionsAt(position: number, options?: ProjectionsAtOptions): ProjectionsAtResult;
  /** stateAt, projectionsAt and the state one event earlier, in one call. */
  momentAt(position: number, options?: ProjectionsAtOptions): MomentAtResult;
  rebuildProjection(name: string, options?: RebuildOptions, onProgress?: (p: RebuildProgress) => void): RebuildResult;
  runCommand(command: unknown, options?: RunCommandOptions): RunCommandResult;
  /**
   * Runs a workshop exercise's own checks (playground/exercises/ID/checks.ts,
   * site code loaded in the worker by id, never the solution) against the
   * loaded module; they may call any named export (stateAsOf, auditTrail...).
   * The worker entry hands the session its exercise runner (worker.ts): the
   * runner itself knows no exercise.
   */
  runExercise(id: string): Promise<RunExerciseResult>;
  /** For the bench and health checks: answers at once. */
  ping(): Result<{ pong: true }>;
}

