/**
 * How check results are compared and shown. The difference comes from the
 * engine's diffValues ("$.status: expected "Shipped", got "Placed"") so the
 * exercises and the playground word differences the same way; values are
 * rendered here as text, so a result always crosses the worker boundary
 * (a learner's state may hold functions that structured clone rejects).
 */
import { diffValues } from '#engine';

/** Values JSON cannot spell (it would print NaN as null and drop undefined), kept readable. */
const SENTINEL = '\u2063ex\u2063';
function special(value: unknown): string | undefined {
  if (value === undefined) return 'undefined';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'function') return `function ${value.name || '(anonymous)'}`;
  if (typeof value === 'symbol') return value.toString();
  return undefined;
}

const replacer = (_key: string, item: unknown): unknown => {
  const spelled = special(item);
  return spelled === undefined ? item : `${SENTINEL}${spelled}${SENTINEL}`;
};
const unquote = (text: string): string => text.replace(new RegExp(`"${SENTINEL}(.*?)${SENTINEL}"`, 'g'), '$1');

/** One line of JSON, with the special values spelled out. */
function flat(value: unknown): string {
  const raw = JSON.stringify(value, replacer);
  return raw === undefined ? String(value) : unquote(raw);
}

const WIDTH = 64;

/** Indents only where a value does not fit on its line: an event per line, not a brace per line. */
function pretty(value: unknown, indent: string, broken = false): string {
  const one = flat(value);
  if ((!broken && one.length + indent.length <= WIDTH) || typeof value !== 'object' || value === null) return one;
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    return `[\n${value.map((item) => `${inner}${pretty(item === undefined ? null : item, inner)}`).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value).map(([key, item]) => `${inner}${JSON.stringify(key)}: ${pretty(item, inner)}`);
  return `{\n${entries.join(',\n')}\n${indent}}`;
}

/** Plain-data rendering: compact on one line when short, indented only as much as needed. */
export function show(value: unknown): string {
  const top = special(value);
  if (top !== undefined) return top;
  try {
    return pretty(value, '');
  } catch {
    return String(value);
  }
}

/**
 * Expected and got, laid out alike so the eye can compare them line by line:
 * both on one line when both fit, otherwise both opened at the top level
 * (a short expected value next to a long result used to stay on one line
 * while the result was indented).
 */
export function showPair(expected: unknown, actual: unknown): [string, string] {
  const pair: [string, string] = [show(expected), show(actual)];
  if (!pair.some((text) => text.includes('\n'))) return pair;
  const open = (value: unknown, shown: string): string => {
    if (special(value) !== undefined) return shown;
    try {
      return pretty(value, '', true);
    } catch {
      return shown;
    }
  };
  return [open(expected, pair[0]), open(actual, pair[1])];
}

/** Every path where `actual` departs from `expected`, capped so a wholly wrong value stays readable. */
export function differences(expected: unknown, actual: unknown, cap = 8): string[] {
  return diffValues(expected, actual, cap);
}

export function deepEqual(expected: unknown, actual: unknown): boolean {
  return diffValues(expected, actual, 1).length === 0;
}
