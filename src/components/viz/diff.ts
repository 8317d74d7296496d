/**
 * What one event changed: the paths (`balance`, `items.2.qty`) whose values
 * differ between the state before and after it. Pure, so the state tree, the
 * diff list and tests share one definition of "changed".
 */
export interface Change {
  path: string;
  before: unknown;
  after: unknown;
  kind: 'added' | 'removed' | 'changed';
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function joinPath(parent: string, key: string | number): string {
  return parent === '' ? String(key) : `${parent}.${key}`;
}

/** Leaf-level changes, at most `limit` of them (a replaced 10,000-item array is one story, not 10,000). */
export function diffValues(before: unknown, after: unknown, limit = 200): Change[] {
  const out: Change[] = [];
  walk(before, after, '', out, limit);
  return out;
}

function walk(before: unknown, after: unknown, path: string, out: Change[], limit: number): void {
  if (out.length >= limit || Object.is(before, after)) return;
  if (Array.isArray(before) && Array.isArray(after)) {
    const length = Math.max(before.length, after.length);
    for (let i = 0; i < length && out.length < limit; i += 1) {
      if (i >= before.length) out.push({ path: joinPath(path, i), before: undefined, after: after[i], kind: 'added' });
      else if (i >= after.length) out.push({ path: joinPath(path, i), before: before[i], after: undefined, kind: 'removed' });
      else walk(before[i], after[i], joinPath(path, i), out, limit);
    }
    return;
  }
  if (isRecord(before) && isRecord(after)) {
    for (const key of Object.keys(before)) {
      if (out.length >= limit) return;
      if (!(key in after)) out.push({ path: joinPath(path, key), before: before[key], after: undefined, kind: 'removed' });
      else walk(before[key], after[key], joinPath(path, key), out, limit);
    }
    for (const key of Object.keys(after)) {
      if (out.length >= limit) return;
      if (!(key in before)) out.push({ path: joinPath(path, key), before: undefined, after: after[key], kind: 'added' });
    }
    return;
  }
  out.push({ path, before, after, kind: before === undefined ? 'added' : after === undefined ? 'removed' : 'changed' });
}

/** Every changed path and each of its ancestors, so a collapsed parent can show that something inside it changed. */
export function changedPathSet(changes: readonly Change[]): Set<string> {
  const set = new Set<string>();
  for (const { path } of changes) {
    set.add(path);
    let cut = path.lastIndexOf('.');
    while (cut > 0) {
      set.add(path.slice(0, cut));
      cut = path.lastIndexOf('.', cut - 1);
    }
  }
  return set;
}

/** A short, single-line rendering of any value for lists and diffs. */
export function preview(value: unknown, max = 80): string {
  let text: string;
  if (value === undefined) text = '—';
  else if (typeof value === 'string') text = JSON.stringify(value);
  else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = String(value);
    }
  }
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** The worker's changed paths (`items[2].qty`) as the set the tree highlights: each path and its ancestors. */
export function highlightSet(workerPaths: readonly string[] | undefined): Set<string> {
  return changedPathSet((workerPaths ?? []).map((path) => ({ path: normalisePath(path), before: undefined, after: undefined, kind: 'changed' })));
}

/** The worker writes paths as `items[2].qty` or `seats["A-1"]`; the tree uses `items.2.qty`. */
export function normalisePath(path: string): string {
  return path
    .replace(/\[(\d+)\]/g, '.$1')
    .replace(/\["((?:[^"\\]|\\.)*)"\]/g, (_, key: string) => `.${key}`)
    .replace(/^\./, '');
}
