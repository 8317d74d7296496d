/**
 * One short, single-line rendering of any value, used wherever a value is
 * shown in a line of text: a check's "expected 100, got 90", a diff row, an
 * event row, the start of a state too large to send. It writes JSON-like text
 * and stops as soon as it has `max` characters, so a million-item array
 * costs no more than a small one. Never throws: cycles, functions, bigints
 * and symbols are described, not crashed on.
 */

class Full extends Error {}

/** A value's opening characters, at most `max` of them (a cut ends in "…"). */
export function preview(value: unknown, max = 80): string {
  let text = '';
  const limit = Math.max(1, max);
  const seen = new Set<object>();
  const add = (part: string): void => {
    text += part;
    if (text.length > limit) throw new Full();
  };
  const write = (current: unknown, top: boolean): void => {
    if (current === undefined) return add(top ? 'undefined' : 'null');
    if (typeof current === 'string') return add(JSON.stringify(current));
    if (typeof current === 'bigint') return add(top ? `${current}n` : `"${current}n"`);
    if (typeof current === 'function') return add(top ? `function ${current.name || '(anonymous)'}` : `"function ${current.name || '(anonymous)'}"`);
    if (typeof current === 'symbol') return add(top ? current.toString() : JSON.stringify(current.toString()));
    if (typeof current !== 'object' || current === null) return add(String(current));
    if (current instanceof Date) return add(JSON.stringify(Number.isNaN(current.getTime()) ? 'Invalid Date' : current.toISOString()));
    if (seen.has(current)) return add('"[Circular]"');
    seen.add(current);
    const isList = Array.isArray(current) || current instanceof Set;
    const entries: Array<[string | null, unknown]> =
      current instanceof Map ? [...current.entries()].map(([k, v]) => [String(k), v])
      : current instanceof Set ? [...current].map((v) => [null, v])
      : Array.isArray(current) ? current.map((v) => [null, v])
      : Object.entries(current);
    add(isList ? '[' : '{');
    let first = true;
    for (const [key, entry] of entries) {
      // As JSON: an undefined property is left out.
      if (key !== null && entry === undefined) continue;
      if (!first) add(',');
      first = false;
      if (key !== null) add(`${JSON.stringify(key)}:`);
      write(entry, false);
    }
    add(isList ? ']' : '}');
    seen.delete(current);
  };
  try {
    write(value, true);
    return text;
  } catch (caught) {
    // Full, or a RangeError from nesting deeper than the stack, or a getter that threw.
    if (caught instanceof Full || text.length > 0) return `${text.slice(0, limit - 1)}…`;
    return Object.prototype.toString.call(value);
  }
}
