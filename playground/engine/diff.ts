/**
 * A readable difference between two values, one line per path:
 * `$.balance: expected 100, got 90`. Learners read these lines when a check
 * fails, so they name the place, not just "not equal". Never throws: cycles,
 * functions and odd values are described, not crashed on.
 */

const MAX_TEXT = 80;

/** A short, human-readable rendering of any value. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'function') return `function ${value.name || '(anonymous)'}`;
  if (typeof value === 'symbol') return value.toString();
  let text: string;
  try {
    const seen = new WeakSet<object>();
    text = JSON.stringify(value, (_key, item: unknown) => {
      if (typeof item === 'bigint') return `${item}n`;
      if (typeof item === 'function' || typeof item === 'symbol') return String(item);
      if (item instanceof Map) return Object.fromEntries(item);
      if (item instanceof Set) return [...item];
      if (typeof item === 'object' && item !== null) {
        if (seen.has(item)) return '[Circular]';
        seen.add(item);
      }
      return item;
    }) ?? String(value);
  } catch {
    text = Object.prototype.toString.call(value);
  }
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

const normalize = (value: unknown): unknown => {
  if (value instanceof Map) return Object.fromEntries(value);
  if (value instanceof Set) return [...value];
  if (value instanceof Date) return value.toISOString();
  return value;
};

const segment = (path: string, key: string): string =>
  /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;

/** Paths where `actual` differs from `expected`, at most `limit` lines. Empty when equal. */
export function diffValues(expected: unknown, actual: unknown, limit = 20): string[] {
  const lines: string[] = [];
  const seen = new WeakMap<object, WeakSet<object>>();

  const walk = (exp: unknown, act: unknown, path: string): void => {
    if (lines.length >= limit) return;
    exp = normalize(exp);
    act = normalize(act);
    if (Object.is(exp, act)) return;
    if (typeof exp === 'object' && exp !== null && typeof act === 'object' && act !== null) {
      const pairs = seen.get(exp) ?? new WeakSet<object>();
      if (pairs.has(act)) return; // this pair is already being compared: a cycle
      pairs.add(act);
      seen.set(exp, pairs);
      if (Array.isArray(exp) && Array.isArray(act)) {
        if (exp.length !== act.length) {
          lines.push(`${path}.length: expected ${exp.length}, got ${act.length}`);
        }
        const n = Math.max(exp.length, act.length);
        for (let i = 0; i < n && lines.length < limit; i++) {
          const at = `${path}[${i}]`;
          if (i >= act.length) lines.push(`${at}: missing, expected ${describeValue(exp[i])}`);
          else if (i >= exp.length) lines.push(`${at}: unexpected ${describeValue(act[i])}`);
          else walk(exp[i], act[i], at);
        }
        return;
      }
      if (isPlainObject(exp) && isPlainObject(act)) {
        for (const key of Object.keys(exp)) {
          if (lines.length >= limit) return;
          const at = segment(path, key);
          if (!(key in act) && exp[key] === undefined) continue; // as JSON: absent equals undefined
          if (!(key in act)) lines.push(`${at}: missing, expected ${describeValue(exp[key])}`);
          else walk(exp[key], act[key], at);
        }
        for (const key of Object.keys(act)) {
          if (lines.length >= limit) return;
          if (!(key in exp) && act[key] !== undefined) lines.push(`${segment(path, key)}: unexpected ${describeValue(act[key])}`);
        }
        return;
      }
    }
    lines.push(`${path}: expected ${describeValue(exp)}, got ${describeValue(act)}`);
  };

  walk(expected, actual, '$');
  return lines;
}

/** `diffValues` as one text block; '' when equal. */
export function difference(expected: unknown, actual: unknown, limit = 20): string {
  return diffValues(expected, actual, limit).join('\n');
}

export function deepEqual(expected: unknown, actual: unknown): boolean {
  return diffValues(expected, actual, 1).length === 0;
}
