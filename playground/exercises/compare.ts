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

/** Plain-data rendering: compact on one line when short, indented when long. */
export function show(value: unknown): string {
  const top = special(value);
  if (top !== undefined) return top;
  const replacer = (_key: string, item: unknown): unknown => {
    const spelled = special(item);
    return spelled === undefined ? item : `${SENTINEL}${spelled}${SENTINEL}`;
  };
  const unquote = (text: string): string => text.replace(new RegExp(`"${SENTINEL}(.*?)${SENTINEL}"`, 'g'), '$1');
  try {
    const raw = JSON.stringify(value, replacer);
    if (raw === undefined) return String(value);
    const flat = unquote(raw);
    return flat.length <= 60 ? flat : unquote(JSON.stringify(value, replacer, 2) ?? raw);
  } catch {
    return String(value);
  }
}

/** Every path where `actual` departs from `expected`, capped so a wholly wrong value stays readable. */
export function differences(expected: unknown, actual: unknown, cap = 8): string[] {
  return diffValues(expected, actual, cap);
}

export function deepEqual(expected: unknown, actual: unknown): boolean {
  return diffValues(expected, actual, 1).length === 0;
}
