/**
 * The one diff of the site. `changes(before, after)` lists the leaves where
 * two values differ, each with a path in one format, `$.items[2].qty` or
 * `$.seats["A-1"]` (the root is `$`), that every part of the site reads:
 * a check's message (`$.balance: expected 100, got 90`), the worker's
 * "what the last event changed", the state tree's highlight and the
 * before/after list. Never throws: cycles, Maps, Sets, Dates and odd values
 * are compared as the JSON a learner would see.
 */
import { preview } from './preview.ts';

export interface Change {
  /** Where: `$`, `$.balance`, `$.items[2].qty`, `$.seats["A-1"]`. */
  path: string;
  kind: 'added' | 'removed' | 'changed';
  before: unknown;
  after: unknown;
}

export interface ChangesOptions {
  /** At most this many changes (a replaced 10,000-item array is one story, not 10,000). */
  limit?: number;
  /** Also report `$.list.length` when two arrays differ in length (checks read better with it). */
  lengths?: boolean;
}

/** Nested deeper than this, two values are compared as a whole. */
const MAX_DEPTH = 40;

/** A short, human-readable rendering of any value (a check message's "expected …"). */
export function describeValue(value: unknown): string {
  return preview(value, 80);
}

/** The path of a child: `[2]` for an index, `.name` for a plain key, `["A-1"]` for any other key. */
export function childPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${parent}.${key}` : `${parent}[${JSON.stringify(key)}]`;
}

const SEGMENT = /^(?:\.([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\])/;

/** The first key of `rest` (what follows a parent's path), or null when it is not a path. */
export function firstKey(rest: string): { key: string | number; length: number } | null {
  const m = SEGMENT.exec(rest);
  if (!m) return null;
  if (m[1] !== undefined) return { key: m[1], length: m[0].length };
  if (m[2] !== undefined) return { key: Number(m[2]), length: m[0].length };
  return { key: JSON.parse(m[3] ?? '""') as string, length: m[0].length };
}

/** Every path and each of its ancestors, so a closed parent can show that something inside it changed. */
export function withAncestors(paths: Iterable<string>): Set<string> {
  const set = new Set<string>();
  for (const path of paths) {
    if (!path.startsWith('$')) continue;
    set.add('$');
    let at = 1;
    for (let next = firstKey(path.slice(at)); next; next = firstKey(path.slice(at))) {
      at += next.length;
      set.add(path.slice(0, at));
    }
  }
  return set;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

const asJson = (value: unknown): unknown => {
  if (value instanceof Map) return Object.fromEntries(value);
  if (value instanceof Set) return [...value];
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  return value;
};

/** The leaves where `after` differs from `before`, in the order a reader meets them. Empty when equal. */
export function changes(before: unknown, after: unknown, options: ChangesOptions = {}): Change[] {
  const limit = options.limit ?? 200;
  const out: Change[] = [];
  const seen = new WeakMap<object, WeakSet<object>>();
  const push = (change: Change): void => {
    if (out.length < limit) out.push(change);
  };

  const walk = (b: unknown, a: unknown, path: string, depth: number): void => {
    if (out.length >= limit) return;
    b = asJson(b);
    a = asJson(a);
    if (Object.is(b, a)) return;
    if (typeof b === 'object' && b !== null && typeof a === 'object' && a !== null && depth < MAX_DEPTH) {
      const pairs = seen.get(b) ?? new WeakSet<object>();
      if (pairs.has(a)) return; // this pair is already being compared: a cycle
      pairs.add(a);
      seen.set(b, pairs);
      if (Array.isArray(b) && Array.isArray(a)) {
        if (options.lengths && b.length !== a.length) push({ path: `${path}.length`, kind: 'changed', before: b.length, after: a.length });
        const n = Math.max(b.length, a.length);
        for (let i = 0; i < n && out.length < limit; i += 1) {
          const at = childPath(path, i);
          if (i >= a.length) push({ path: at, kind: 'removed', before: b[i], after: undefined });
          else if (i >= b.length) push({ path: at, kind: 'added', before: undefined, after: a[i] });
          else walk(b[i], a[i], at, depth + 1);
        }
        return;
      }
      if (isPlainObject(b) && isPlainObject(a)) {
        for (const key of Object.keys(b)) {
          if (out.length >= limit) return;
          const at = childPath(path, key);
          // As JSON: an absent key equals an undefined one.
          if (!(key in a)) {
            if (b[key] !== undefined) push({ path: at, kind: 'removed', before: b[key], after: undefined });
          } else walk(b[key], a[key], at, depth + 1);
        }
        for (const key of Object.keys(a)) {
          if (!(key in b) && a[key] !== undefined) push({ path: childPath(path, key), kind: 'added', before: undefined, after: a[key] });
        }
        return;
      }
    }
    push({ path, kind: 'changed', before: b, after: a });
  };

  walk(before, after, '$', 0);
  return out;
}

/** A check's differences, one line per path: `$.balance: expected 100, got 90`. At most `limit` lines. */
export function diffValues(expected: unknown, actual: unknown, limit = 20): string[] {
  return changes(expected, actual, { limit, lengths: true }).map(({ path, kind, before, after }) =>
    kind === 'removed' ? `${path}: missing, expected ${describeValue(before)}`
    : kind === 'added' ? `${path}: unexpected ${describeValue(after)}`
    : `${path}: expected ${describeValue(before)}, got ${describeValue(after)}`);
}

/** `diffValues` as one text block; '' when equal. */
export function difference(expected: unknown, actual: unknown, limit = 20): string {
  return diffValues(expected, actual, limit).join('\n');
}

export function deepEqual(expected: unknown, actual: unknown): boolean {
  return changes(expected, actual, { limit: 1 }).length === 0;
}
