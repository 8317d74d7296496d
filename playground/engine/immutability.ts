/**
 * Events are facts and states are values: nothing downstream may change them.
 * Freezing is how the engine enforces it cheaply; code in modules runs in
 * strict mode, so writing to a frozen object throws right where it happens
 * instead of corrupting a snapshot silently.
 */

/** Freezes a value and everything reachable from it. Frozen sub-trees are skipped: shared structure is frozen once. */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  // Typed arrays with elements cannot be frozen (the engine would throw on a valid state).
  if (ArrayBuffer.isView(value)) return value;
  Object.freeze(value);
  for (const key of Reflect.ownKeys(value)) {
    // The descriptor's value, not value[key]: reading a getter would run code.
    deepFreeze(Object.getOwnPropertyDescriptor(value, key)?.value);
  }
  return value;
}

/**
 * A frozen copy of plain data (objects and arrays, recursively); anything
 * else (Date, Map, class instances) is kept as is. Used when the store takes
 * ownership of an event so the caller's objects are neither frozen nor shared.
 */
export function frozenCopy<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    return Object.freeze(value.map((item: unknown) => frozenCopy(item))) as T;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  // for-in rather than Object.entries: no array per object, which matters at a million events.
  const copy: Record<string, unknown> = {};
  for (const key in value) {
    if (Object.hasOwn(value, key)) copy[key] = frozenCopy((value as Record<string, unknown>)[key]);
  }
  return Object.freeze(copy) as T;
}

type StructuredClone = <T>(value: T) => T;

/**
 * `structuredClone` exists in Node and in workers but is not part of the
 * ES2022 library this engine compiles against (no DOM, on purpose), so it is
 * looked up at run time.
 */
export function cloneState<T>(value: T): T {
  const clone = (globalThis as { structuredClone?: StructuredClone }).structuredClone;
  if (!clone) throw new Error('structuredClone is not available in this runtime');
  return clone(value);
}
