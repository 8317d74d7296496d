/**
 * A learner's progress, kept in their browser (localStorage). Stored text is
 * untrusted: anything that does not parse into the expected shape is ignored
 * and reported as corrupted, so the page shows a notice instead of breaking.
 * Storage itself may be missing or throw (private mode, a sandboxed iframe).
 */

export const PROGRESS_KEY = 'esi:exercises:progress';
const CODE_PREFIX = 'esi:exercises:code:';
const SHOWN_PREFIX = 'esi:exercises:solution-in-editor:';

export interface Progress {
  version: 1;
  /** Exercise id -> when it was first solved by the learner's own code (ISO 8601). */
  solved: Record<string, string>;
  /**
   * Exercise id -> when its checks first passed with the solution shown
   * (Show solution, then Check). Kept apart: it is not the learner's solve,
   * so it never counts as solved. Absent in records from before it existed.
   */
  shown: Record<string, string>;
}

export interface ProgressRead {
  progress: Progress;
  /** Something was stored but could not be read: it is ignored (and replaced on the next save). */
  corrupted: boolean;
}

type Store = Pick<Storage, 'getItem' | 'setItem'>;

const empty = (): Progress => ({ version: 1, solved: {}, shown: {} });

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function parseProgress(text: string | null): ProgressRead {
  if (text === null) return { progress: empty(), corrupted: false };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { progress: empty(), corrupted: true };
  }
  if (!isRecord(value) || value.version !== 1 || !isRecord(value.solved)) return { progress: empty(), corrupted: true };
  if (value.shown !== undefined && !isRecord(value.shown)) return { progress: empty(), corrupted: true };
  const solved = datesOf(value.solved);
  const shown = datesOf(value.shown ?? {});
  if (!solved || !shown) return { progress: empty(), corrupted: true };
  return { progress: { version: 1, solved, shown }, corrupted: false };
}

/** Id -> ISO date, or null when any value is not a string. */
function datesOf(record: Record<string, unknown>): Record<string, string> | null {
  const dates: Record<string, string> = {};
  for (const [id, at] of Object.entries(record)) {
    if (typeof at !== 'string') return null;
    dates[id] = at;
  }
  return dates;
}

/** A day written out in the reader's locale ("1 Dec 2026" in en-GB), never "12/1/2026". */
export function formatDay(date: Date, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(date);
}

/** What the exercise list says about one exercise. */
export function progressLabel(progress: Progress, id: string, locale?: string): string {
  const at = progress.solved[id];
  if (at !== undefined) {
    const date = new Date(at);
    return Number.isNaN(date.getTime()) ? 'Solved' : `Solved on ${formatDay(date, locale)}`;
  }
  if (progress.shown[id] !== undefined) return 'Solved with the solution shown';
  return 'Not solved yet';
}

/** The browser's storage, or null when it is unavailable (blocked cookies, sandbox). */
export function browserStorage(): Store | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function readProgress(store: Store | null): ProgressRead {
  if (!store) return { progress: empty(), corrupted: false };
  try {
    return parseProgress(store.getItem(PROGRESS_KEY));
  } catch {
    return { progress: empty(), corrupted: false };
  }
}

/**
 * Records a solve (keeping the first date); `how` says whose code passed: the
 * learner's own, or the solution shown. Returns false when it could not be saved.
 */
export function markSolved(store: Store | null, id: string, now: Date = new Date(), how: 'own' | 'solution-shown' = 'own'): boolean {
  if (!store) return false;
  const { progress } = readProgress(store);
  const record = how === 'own' ? progress.solved : progress.shown;
  if (record[id] === undefined) record[id] = now.toISOString();
  try {
    store.setItem(PROGRESS_KEY, JSON.stringify(progress));
    return true;
  } catch {
    return false;
  }
}

/** Where an exercise's code is kept: another tab's change to it arrives as a `storage` event for this key. */
export function codeKey(id: string): string {
  return CODE_PREFIX + id;
}

/** The learner's own code for an exercise, so a reload never loses it. */
export function readCode(store: Store | null, id: string): string | null {
  try {
    const text = store?.getItem(codeKey(id)) ?? null;
    return typeof text === 'string' ? text : null;
  } catch {
    return null;
  }
}

export function saveCode(store: Store | null, id: string, code: string): void {
  try {
    store?.setItem(codeKey(id), code);
  } catch {
    // Full or blocked storage: the text stays in the editor; nothing else to do.
  }
}

/**
 * Whether the code saved for an exercise is the solution shown to the learner,
 * so that reloading the page cannot turn a pass with it into their own solve.
 */
export function readSolutionInEditor(store: Store | null, id: string): boolean {
  try {
    return store?.getItem(SHOWN_PREFIX + id) === '1';
  } catch {
    return false;
  }
}

export function saveSolutionInEditor(store: Store | null, id: string, shown: boolean): void {
  try {
    store?.setItem(SHOWN_PREFIX + id, shown ? '1' : '0');
  } catch {
    // Blocked storage: the flag lives on in the page until it is closed.
  }
}
