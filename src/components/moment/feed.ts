/**
 * The one "latest request wins" loop between a page and the runner. A slider
 * moves faster than the worker answers: the feed keeps one request in flight
 * and remembers only the newest one wanted meanwhile, so a drag over 500
 * positions asks for a handful, never queues 500, and always ends on the
 * last one. Replies arrive in the order asked; one is dropped (never drawn)
 * when the runner says a newer call replaced it ('stale'), when the feed was
 * reset since it was asked (new code or events: its answer is about a stream
 * that is gone), or after stop().
 */
import type { RunnerError } from '../../../playground/runner/protocol.ts';

/** What fetching one moment gives: the moment, a runner error, or null for "nothing to draw". */
export type Fetched<M> = { ok: true; moment: M } | { ok: false; error: RunnerError } | null;

export interface MomentFeed<Q> {
  /** Ask for the moment at `request`; resolves once every moment asked for so far has been drawn or dropped. */
  want(request: Q): Promise<void>;
  /** Resolves when nothing is in flight (tests and the bench wait on this). */
  idle(): Promise<void>;
  /** The stream changed: answers to requests made before now are dropped. */
  reset(): void;
  /** Nothing more is fetched or drawn. */
  stop(): void;
}

export interface FeedHandlers<Q, M> {
  fetch(request: Q): Promise<Fetched<M>>;
  draw(moment: M, request: Q): void;
  onError(error: RunnerError): void;
}

export function createMomentFeed<Q, M>({ fetch, draw, onError }: FeedHandlers<Q, M>): MomentFeed<Q> {
  let wanted: { request: Q } | null = null;
  let running: Promise<void> | null = null;
  let generation = 0;
  let stopped = false;

  async function drain(): Promise<void> {
    while (wanted && !stopped) {
      const { request } = wanted;
      wanted = null;
      const askedIn = generation;
      let reply: Fetched<M>;
      try {
        reply = await fetch(request);
      } catch (caught) {
        reply = { ok: false, error: { kind: 'crashed', message: caught instanceof Error ? caught.message : String(caught) } };
      }
      if (stopped || askedIn !== generation || reply === null) continue;
      if (!reply.ok) {
        if (reply.error.kind !== 'stale') onError(reply.error);
        continue;
      }
      draw(reply.moment, request);
    }
    running = null;
  }

  return {
    want(request) {
      if (stopped) return Promise.resolve();
      wanted = { request };
      running ??= drain();
      return running;
    },
    idle() {
      return running ?? Promise.resolve();
    },
    reset() {
      generation += 1;
    },
    stop() {
      stopped = true;
      wanted = null;
    },
  };
}
