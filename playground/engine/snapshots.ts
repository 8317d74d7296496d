import { FoldError } from './errors.ts';
import { cloneState, deepFreeze } from './immutability.ts';
import type { Evolve } from './fold.ts';
import type { Event } from './types.ts';

/**
 * How snapshot states are kept apart from the states folded after them.
 * - 'freeze' (default): snapshot states are deep-frozen. Costs one walk of
 *   the state per N events (frozen sub-trees shared with the previous
 *   snapshot are skipped), and an `evolve` that mutates its input throws
 *   at once (modules run in strict mode) instead of silently corrupting an
 *   earlier snapshot: the mistake is shown where it is made.
 * - 'clone': snapshots are structuredClone'd on save and on every resume, so
 *   even a mutating evolve gives right answers; slower, for learner code
 *   that is not pure yet.
 * - 'none': trust `evolve` to be pure; fastest.
 */
export type SnapshotProtection = 'freeze' | 'clone' | 'none';

export interface SnapshotOptions {
  /** A snapshot every N events; "state at k" then costs at most N - 1 evolve calls. Default 1000. */
  every?: number;
  protection?: SnapshotProtection;
}

/**
 * A folded stream with a snapshot of the state every N events (as Equinox's
 * "unfolds" and Marten's snapshots do in a real store). The playground keeps
 * one of these in the worker so the time-travel slider is instant on a
 * million events.
 */
export interface SnapshottedStream<State, Evt extends Event> {
  readonly every: number;
  /** Number of events folded in. */
  readonly length: number;
  readonly snapshotCount: number;
  /** The state after the first k events (0 <= k <= length). */
  stateAt(k: number): State;
  /** The state after every event. */
  current(): State;
  /** Folds more events in (the stream grew). Throws FoldError naming the stream index. */
  append(events: readonly Evt[]): void;
  /** evolve calls made by `stateAt` since creation: the UI's "events read". */
  readonly eventsRead: number;
  /** evolve calls made by the last `stateAt`. */
  readonly lastEventsRead: number;
}

export function createSnapshottedStream<State, Evt extends Event>(
  evolve: Evolve<State, Evt>,
  initialState: State,
  events: readonly Evt[] = [],
  options: SnapshotOptions = {},
): SnapshottedStream<State, Evt> {
  const every = Math.max(1, Math.floor(options.every ?? 1000));
  const protection = options.protection ?? 'freeze';
  const keep = (state: State): State =>
    protection === 'freeze' ? deepFreeze(state) : protection === 'clone' ? cloneState(state) : state;
  const resume = (state: State): State => (protection === 'clone' ? cloneState(state) : state);

  const all: Evt[] = [];
  const snapshots: State[] = [keep(initialState)];
  let head = resume(snapshots[0] as State);
  let eventsRead = 0;
  let lastEventsRead = 0;

  const evolveRange = (from: State, start: number, end: number): State => {
    let state = from;
    let i = start;
    try {
      for (; i < end; i++) state = evolve(state, all[i] as Evt);
    } catch (cause) {
      throw new FoldError(i, all[i]?.type ?? 'unknown', cause);
    }
    return state;
  };

  const append = (more: readonly Evt[]): void => {
    // head is never a stored snapshot object in 'clone' mode (it was resumed), so no copy here.
    let state = head;
    const start = all.length;
    for (let j = 0; j < more.length; j++) all.push(more[j] as Evt);
    let i = start;
    // Fold up to each snapshot boundary, keep the state there, go on.
    while (i < all.length) {
      const boundary = Math.min(all.length, (Math.floor(i / every) + 1) * every);
      const before = state;
      try {
        state = evolveRange(state, i, boundary);
        if (boundary % every === 0) {
          state = keep(state);
          snapshots.push(state);
          state = resume(state);
        }
      } catch (error) {
        // Keep what folded cleanly up to the last boundary; drop the rest.
        const failure =
          error instanceof FoldError
            ? error
            : new FoldError(boundary - 1, all[boundary - 1]?.type ?? 'unknown', error, 'snapshot');
        all.length = i;
        head = before;
        throw failure;
      }
      i = boundary;
    }
    head = state;
  };

  append(events);

  return {
    every,
    get length() {
      return all.length;
    },
    get snapshotCount() {
      return snapshots.length;
    },
    get eventsRead() {
      return eventsRead;
    },
    get lastEventsRead() {
      return lastEventsRead;
    },
    stateAt(k) {
      if (!Number.isInteger(k) || k < 0 || k > all.length) {
        throw new RangeError(`State at ${k}: choose 0 to ${all.length}`);
      }
      const index = Math.floor(k / every);
      const base = index * every;
      lastEventsRead = k - base;
      eventsRead += lastEventsRead;
      const snapshot = snapshots[index] as State;
      // resume: in 'clone' mode the caller gets a copy, so it cannot change the stored snapshot.
      return lastEventsRead === 0 ? resume(snapshot) : evolveRange(resume(snapshot), base, k);
    },
    current() {
      return head;
    },
    append,
  };
}
