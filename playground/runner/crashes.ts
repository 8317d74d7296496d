/**
 * What the client makes of a runner that died on its own (not stopped by
 * the watchdog): what the crash said, and whether it is a loop.
 */

/** Two crashes closer than this are a loop, not bad luck. */
export const CRASH_LOOP_WINDOW_MS = 5_000;

interface CrashFields {
  message?: unknown;
  lineno?: unknown;
  colno?: unknown;
  filename?: unknown;
}

export interface CrashDetail {
  message: string;
  line?: number;
  column?: number;
  /** The room reported that the worker could not even start. */
  boot: boolean;
}

/** What a crash event says: an ErrorEvent from the room, or a bare Event from a fake worker in tests. */
export function crashDetail(event: Event & CrashFields): CrashDetail {
  const detail: CrashDetail = {
    message: typeof event.message === 'string' && event.message ? event.message : 'no reason was given',
    boot: event.filename === 'boot',
  };
  if (typeof event.lineno === 'number' && event.lineno > 0) {
    detail.line = event.lineno;
    if (typeof event.colno === 'number') detail.column = event.colno;
  }
  return detail;
}

/** Records each crash; `isLoop()` says whether this one came within the window of the last. */
export function createCrashLoopDetector(now: () => number = Date.now): { isLoop(): boolean } {
  let lastCrashAt = Number.NEGATIVE_INFINITY;
  return {
    isLoop() {
      const at = now();
      const loop = at - lastCrashAt < CRASH_LOOP_WINDOW_MS;
      lastCrashAt = at;
      return loop;
    },
  };
}
