import { createSnapshottedStream, type SnapshottedStream } from '../engine/snapshots.ts';
import { FoldError } from '../engine/errors.ts';
import type { Event } from '../engine/types.ts';

/**
 * A stream folded once in the worker, with the engine's snapshots every N
 * events so "state at k" costs at most N - 1 evolve calls.
 *
 * If evolve throws at event i, the states before i are still good and the
 * page can still time-travel up to i; asking past i returns the failure.
 * Snapshot states are frozen (the engine's default): an evolve that mutates
 * its input throws where it does so, instead of silently corrupting history.
 */

export type Evolve = (state: unknown, event: Event) => unknown;

export interface FoldFailure {
  /** Index of the event evolve threw on. */
  index: number;
  type: string;
  cause: unknown;
}

export type StateOutcome =
  | { ok: true; state: unknown; eventsRead: number; fromSnapshot: number }
  | { ok: false; failure: FoldFailure };

export interface Folded {
  readonly length: number;
  readonly failure: FoldFailure | undefined;
  stateAt(k: number): StateOutcome;
  /** Folds more events; on failure the events stay (they are facts) and `failure` is set. */
  append(events: readonly Event[]): FoldFailure | undefined;
}

function toFailure(caught: unknown, fallbackIndex: number, fallbackType: string): FoldFailure {
  if (caught instanceof FoldError) return { index: caught.eventIndex, type: caught.eventType, cause: caught.cause };
  return { index: fallbackIndex, type: fallbackType, cause: caught };
}

export function createFolded(evolve: Evolve, initialState: unknown, every: number, onProgress?: (done: number) => void, batch = 0): Folded {
  const stream: SnapshottedStream<unknown, Event> = createSnapshottedStream(evolve, initialState, [], { every });
  /** Every event given, including those after a failure. */
  const all: Event[] = [];
  let failure: FoldFailure | undefined;

  const append = (events: readonly Event[]): FoldFailure | undefined => {
    const start = all.length;
    for (const event of events) all.push(event);
    if (failure) return failure;
    const step = batch > 0 ? batch : events.length;
    for (let i = 0; i < events.length; i += step) {
      const part = events.slice(i, i + step);
      try {
        stream.append(part);
      } catch (caught) {
        failure = toFailure(caught, start + i, part[0]?.type ?? 'unknown');
        return failure;
      }
      onProgress?.(start + i + part.length);
    }
    return undefined;
  };

  return {
    get length() {
      return all.length;
    },
    get failure() {
      return failure;
    },
    stateAt(k) {
      if (failure && k > failure.index) return { ok: false, failure };
      if (k <= stream.length) {
        const state = stream.stateAt(k);
        return { ok: true, state, eventsRead: stream.lastEventsRead, fromSnapshot: k - stream.lastEventsRead };
      }
      // Between the stream's last clean snapshot and the failing event: fold by hand.
      const base = stream.length;
      let state = stream.current();
      let i = base;
      try {
        for (; i < k; i++) state = evolve(state, all[i] as Event);
      } catch (caught) {
        return { ok: false, failure: { index: i, type: all[i]?.type ?? 'unknown', cause: caught } };
      }
      return { ok: true, state, eventsRead: k - base, fromSnapshot: base };
    },
    append,
  };
}
