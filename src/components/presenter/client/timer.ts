/**
 * Elapsed talk time: start, pause, reset. Kept in sessionStorage so that
 * reloading the presenter window mid-talk does not lose it.
 */
export interface TimerState {
  running: boolean;
  /** Milliseconds counted before the current run. */
  banked: number;
  /** Date.now() when the current run started. */
  since: number;
}

const KEY = 'es-presenter-timer';

export function loadTimer(): TimerState {
  try {
    const raw: unknown = JSON.parse(sessionStorage.getItem(KEY) ?? 'null');
    if (typeof raw === 'object' && raw !== null) {
      const r = raw as Record<string, unknown>;
      if (typeof r.running === 'boolean' && typeof r.banked === 'number' && typeof r.since === 'number') {
        return { running: r.running, banked: r.banked, since: r.since };
      }
    }
  } catch {
    // No storage: the timer simply starts from zero.
  }
  return { running: false, banked: 0, since: 0 };
}

export function saveTimer(t: TimerState): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify(t));
  } catch {
    // see loadTimer
  }
}

export const elapsedMs = (t: TimerState, now: number): number => t.banked + (t.running ? now - t.since : 0);

export function toggle(t: TimerState, now: number): TimerState {
  return t.running ? { running: false, banked: elapsedMs(t, now), since: 0 } : { running: true, banked: t.banked, since: now };
}

export const reset = (t: TimerState, now: number): TimerState => ({ running: t.running, banked: 0, since: now });

/** 75:03 or 1:15:03. */
export function formatElapsed(ms: number): string {
  const total = Math.floor(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const two = (x: number) => String(x).padStart(2, '0');
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${two(m)}:${two(s)}`;
}
