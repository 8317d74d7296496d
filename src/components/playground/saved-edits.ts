/**
 * The learner's edits, saved per example in localStorage so a reload (or a
 * crash of the tab) never loses them. Saved text is validated on the way in:
 * storage is shared with anything else on the origin and may be corrupted.
 */
export const SAVED_FORMAT_VERSION = 1;
export const SAVED_KEY_PREFIX = 'esi.playground.v1.';

export interface SavedEdits {
  v: typeof SAVED_FORMAT_VERSION;
  code: string;
  events: string;
  position: number;
}

export type SavedReadResult =
  | { kind: 'none' }
  | { kind: 'ok'; saved: SavedEdits }
  | { kind: 'corrupt'; reason: string };

/** The slice of the Storage API we use, so tests can pass a Map-backed fake. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export function savedKey(exampleId: string): string {
  return SAVED_KEY_PREFIX + exampleId;
}

export function parseSaved(raw: string | null): SavedReadResult {
  if (raw === null) return { kind: 'none' };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { kind: 'corrupt', reason: 'the saved edits are not valid JSON' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { kind: 'corrupt', reason: 'the saved edits have the wrong shape' };
  }
  const record = value as Record<string, unknown>;
  if (record.v !== SAVED_FORMAT_VERSION) return { kind: 'corrupt', reason: 'the saved edits have an unknown format version' };
  const { code, events } = record;
  const position = typeof record.position === 'number' && Number.isInteger(record.position) && record.position >= 0 ? record.position : 0;
  if (typeof code !== 'string' || typeof events !== 'string') {
    return { kind: 'corrupt', reason: 'the saved edits are missing their code or events' };
  }
  return { kind: 'ok', saved: { v: SAVED_FORMAT_VERSION, code, events, position } };
}

/** Storage can be missing (privacy modes) or full: reading and writing never throw. */
export function readSaved(store: KeyValueStore | null, exampleId: string): SavedReadResult {
  if (!store) return { kind: 'none' };
  try {
    return parseSaved(store.getItem(savedKey(exampleId)));
  } catch {
    return { kind: 'none' };
  }
}

export function writeSaved(store: KeyValueStore | null, exampleId: string, edits: Omit<SavedEdits, 'v'>): boolean {
  if (!store) return false;
  try {
    store.setItem(savedKey(exampleId), JSON.stringify({ v: SAVED_FORMAT_VERSION, ...edits }));
    return true;
  } catch {
    return false;
  }
}

export function clearSaved(store: KeyValueStore | null, exampleId: string): void {
  try {
    store?.removeItem(savedKey(exampleId));
  } catch {
    // Nothing to do: a store we cannot write to holds nothing of ours either.
  }
}

/** `localStorage`, or null where touching it throws (sandboxed iframes, disabled storage). */
export function browserStore(): KeyValueStore | null {
  try {
    const store = globalThis.localStorage;
    return store ?? null;
  } catch {
    return null;
  }
}
