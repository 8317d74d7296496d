/**
 * Where the engine gets the time. Injected so that tests, share links and
 * replays give the same `recordedAt` stamps every run: no hidden time.
 */
export interface Clock {
  /** Milliseconds since the Unix epoch. */
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

/** A clock that moves only when told to: for lag "in simulated time". */
export interface ManualClock extends Clock {
  advance(ms: number): void;
  set(ms: number): void;
}

export function createManualClock(startMs = Date.UTC(2024, 0, 1)): ManualClock {
  let current = startMs;
  return {
    now: () => current,
    advance: (ms) => {
      current += ms;
    },
    set: (ms) => {
      current = ms;
    },
  };
}

/** A clock that steps by `stepMs` each time it is read: distinct, deterministic timestamps. */
export function createTickingClock(startMs = Date.UTC(2024, 0, 1), stepMs = 1000): Clock {
  let next = startMs;
  return {
    now: () => {
      const value = next;
      next += stepMs;
      return value;
    },
  };
}
