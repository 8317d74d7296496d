/**
 * How check results are compared and shown. The difference comes from the
 * engine's diffValues ("$.status: expected "Shipped", got "Placed"") so the
 * exercises and the playground word differences the same way; values are
 * rendered here as text, so a result always crosses the worker boundary
 * (a learner's state may hold functions that structured clone rejects).
 */
import { diffValues } from '#engine';

/** Plain-data rendering: compact on one line when short, indented when long. */
export function show(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'function') return `function ${value.name || '(anonymous)'}`;
  try {
    const flat = JSON.stringify(value);
    if (flat === undefined) return String(value);
    return flat.length <= 60 ? flat : (JSON.stringify(value, null, 2) ?? flat);
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
