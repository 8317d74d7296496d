/**
 * What the last event changed: paths where the state before and after differ,
 * for the state tree to highlight. Evolve functions return new objects for
 * what changed and share the rest, so `===` skips unchanged sub-trees quickly.
 */

const MAX_PATHS = 50;

function child(path: string, key: string): string {
  if (/^\d+$/.test(key)) return `${path}[${key}]`;
  const safe = /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key);
  return path ? (safe === key ? `${path}.${key}` : `${path}[${safe}]`) : safe;
}

function isPlain(value: unknown): value is Record<string, unknown> | unknown[] {
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return true;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Paths like `balance`, `items[2].qty`; '' means the whole state was replaced. Capped at 50. */
export function changedPaths(before: unknown, after: unknown): string[] {
  const paths: string[] = [];
  const visit = (a: unknown, b: unknown, path: string, depth: number): void => {
    if (paths.length >= MAX_PATHS || Object.is(a, b)) return;
    if (!isPlain(a) || !isPlain(b) || Array.isArray(a) !== Array.isArray(b) || depth > 30) {
      if (a instanceof Map && b instanceof Map) return visitMap(a, b, path, depth);
      if (a instanceof Date && b instanceof Date && a.getTime() === b.getTime()) return;
      paths.push(path);
      return;
    }
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) {
      visit(Reflect.get(a, key), Reflect.get(b, key), child(path, key), depth + 1);
    }
  };
  const visitMap = (a: Map<unknown, unknown>, b: Map<unknown, unknown>, path: string, depth: number): void => {
    const keys = new Set([...a.keys(), ...b.keys()]);
    for (const key of keys) {
      visit(a.get(key), b.get(key), `${path}.get(${JSON.stringify(String(key))})`, depth + 1);
    }
  };
  visit(before, after, '', 0);
  return paths;
}
