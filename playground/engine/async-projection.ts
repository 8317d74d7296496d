import { systemClock, type Clock } from './clock.ts';
import { project } from './project.ts';
import type { EventStore } from './event-store.ts';
import type { Event, Projection, RecordedEvent } from './types.ts';

/**
 * Where an async projection stands, in KurrentDB's catch-up subscription
 * words: `caughtUp` when its checkpoint is at the head of the log,
 * `fellBehind` otherwise, with `lag` = events not yet processed.
 */
export interface ProjectionStatus {
  status: 'caughtUp' | 'fellBehind';
  /** Global position of the last event processed (0 before the first). */
  checkpoint: number;
  head: number;
  lag: number;
}

export interface AsyncProjectionOptions {
  /**
   * Stay this many events behind the head when processing on its own
   * (default 0). Shows eventual consistency: the read model answers with
   * what it knew a moment ago.
   */
  lagEvents?: number;
  /** Process only events recorded at least this long ago by `clock` (default 0). */
  lagMs?: number;
  clock?: Clock;
  /** Process on every append (default true). False: only `catchUp` and `pump` move it. */
  auto?: boolean;
}

export interface RebuildProgress {
  processed: number;
  total: number;
}

/**
 * A projection run apart from the append, from a checkpoint in the global
 * log (Emmett's and Marten's async projections). Because it is a fold of the
 * same events as the inline one, it can be thrown away and rebuilt from
 * position 0 and must end in the same view.
 */
export interface AsyncProjection<View> {
  readonly name: string;
  view(): View;
  status(): ProjectionStatus;
  /** Processes up to `maxEvents` next events (default: all), ignoring the lag; returns how many. */
  catchUp(maxEvents?: number): number;
  /** Processes what the lag settings allow now (also called on each append when `auto`); returns how many. */
  pump(): number;
  /** Back to the initial view and checkpoint 0. */
  reset(): void;
  /** reset + replay the whole log in batches, reporting progress after each batch. */
  rebuild(onProgress?: (progress: RebuildProgress) => void, batchSize?: number): View;
  /** Listens for status changes after processing; returns an unsubscribe function. */
  onStatus(listener: (status: ProjectionStatus) => void): () => void;
  /** Stops listening to the store. */
  stop(): void;
}

export function createAsyncProjection<View, E extends Event>(
  store: EventStore,
  projection: Projection<View, E>,
  options: AsyncProjectionOptions = {},
): AsyncProjection<View> {
  const clock = options.clock ?? systemClock;
  const lagEvents = Math.max(0, options.lagEvents ?? 0);
  const lagMs = Math.max(0, options.lagMs ?? 0);
  const listeners = new Set<(status: ProjectionStatus) => void>();
  let view = projection.initialState();
  let checkpoint = 0;

  const status = (): ProjectionStatus => {
    const head = store.headPosition();
    const lag = head - checkpoint;
    return { status: lag === 0 ? 'caughtUp' : 'fellBehind', checkpoint, head, lag };
  };

  const process = (events: readonly RecordedEvent[]): number => {
    if (events.length === 0) return 0;
    view = project(projection, events, view, checkpoint);
    checkpoint += events.length;
    const now = status();
    for (const listener of [...listeners]) listener(now);
    return events.length;
  };

  const catchUp = (maxEvents = Number.POSITIVE_INFINITY): number => {
    const to = Math.min(store.headPosition(), checkpoint + Math.max(0, Math.floor(maxEvents)));
    return to > checkpoint ? process(store.readAll({ from: checkpoint + 1, to })) : 0;
  };

  const pump = (): number => {
    const to = store.headPosition() - lagEvents;
    if (to <= checkpoint) return 0;
    let events = store.readAll({ from: checkpoint + 1, to });
    if (lagMs > 0) {
      const cutoff = clock.now() - lagMs;
      const ready = events.findIndex((event) => Date.parse(event.metadata.recordedAt) > cutoff);
      if (ready >= 0) events = events.slice(0, ready);
    }
    return process(events);
  };

  const unsubscribe = options.auto === false ? () => undefined : store.subscribe(() => pump());

  return {
    name: projection.name,
    view: () => view,
    status,
    catchUp,
    pump,
    reset() {
      view = projection.initialState();
      checkpoint = 0;
    },
    rebuild(onProgress, batchSize = 10_000) {
      view = projection.initialState();
      checkpoint = 0;
      const total = store.headPosition();
      const step = Math.max(1, Math.floor(batchSize));
      onProgress?.({ processed: 0, total });
      while (checkpoint < total) {
        catchUp(Math.min(step, total - checkpoint));
        onProgress?.({ processed: checkpoint, total });
      }
      return view;
    },
    onStatus(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    stop: () => {
      unsubscribe();
    },
  };
}
