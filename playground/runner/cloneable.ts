import type { CutValue, RunnerError } from './protocol.ts';
import { preview } from '../engine/preview.ts';

/**
 * What may cross from the worker to the page. structuredClone would copy
 * most things, but the page shows state as a tree and as JSON, so we ask for
 * data: no functions or symbols (they cannot be cloned), no cycles (a tree
 * of a cycle never ends). Maps, Sets and Dates are allowed: they clone and
 * learners use them. And a very large value is cut with a note so that one
 * slider move does not copy megabytes to the page.
 */

/** Past this many characters of JSON, a value is cut (about 200 KB). */
export const CUT_LIMIT = 200_000;
const PREVIEW_CHARS = 2_000;

export type Checked =
  | { ok: true; value: unknown; cut: boolean }
  | { ok: false; error: RunnerError };

interface Problem {
  path: string;
  reason: string;
}

class TooLarge extends Error {}

function keyPath(path: string, key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

/**
 * Walks the value once: finds the first part that cannot cross and counts
 * its JSON size, stopping as soon as it passes `limit`.
 */
export function inspect(value: unknown, root: string, limit: number): { problem?: Problem; size: number; tooLarge: boolean } {
  const ancestors = new Set<object>();
  let size = 0;
  let problem: Problem | undefined;

  const walk = (current: unknown, path: string): void => {
    if (problem) return;
    if (size > limit) throw new TooLarge();
    switch (typeof current) {
      case 'function':
        problem = { path, reason: 'is a function; functions cannot leave the worker, keep only data in state' };
        return;
      case 'symbol':
        problem = { path, reason: 'is a symbol; use a string instead' };
        return;
      case 'string':
        size += current.length + 2;
        return;
      case 'number':
      case 'bigint':
      case 'boolean':
      case 'undefined':
        size += 5;
        return;
      default:
        break;
    }
    if (typeof current !== 'object' || current === null) {
      size += 4;
      return;
    }
    const object: object = current;
    if (ancestors.has(object)) {
      problem = { path, reason: 'refers back to one of its own parents (a cycle); state must be a tree of data' };
      return;
    }
    if (object instanceof Date || object instanceof RegExp) {
      size += 26;
      return;
    }
    if (object instanceof WeakMap || object instanceof WeakSet || object instanceof Promise) {
      problem = { path, reason: `is a ${object.constructor.name}, which cannot be copied; use plain data` };
      return;
    }
    ancestors.add(object);
    if (object instanceof Map) {
      let i = 0;
      for (const [key, entry] of object) {
        walk(key, `${path}<key ${i}>`);
        walk(entry, `${path}.get(${typeof key === 'string' ? JSON.stringify(key) : String(i)})`);
        size += 2;
        i += 1;
      }
    } else if (object instanceof Set) {
      let i = 0;
      for (const entry of object) {
        walk(entry, `${path}<item ${i}>`);
        size += 1;
        i += 1;
      }
    } else if (Array.isArray(object)) {
      for (let i = 0; i < object.length; i += 1) {
        walk(object[i], `${path}[${i}]`);
        size += 1;
      }
    } else {
      for (const [key, entry] of Object.entries(object)) {
        size += key.length + 3;
        walk(entry, keyPath(path, key));
      }
      if (Object.getOwnPropertySymbols(object).length > 0 && !problem) {
        problem = { path, reason: 'has a symbol key; use string keys' };
      }
    }
    ancestors.delete(object);
    size += 2;
  };

  try {
    walk(value, root);
  } catch (caught) {
    if (caught instanceof TooLarge) return { size, tooLarge: true };
    if (caught instanceof RangeError) return { size, tooLarge: true }; // nested deeper than the stack
    throw caught;
  }
  return problem ? { problem, size, tooLarge: false } : { size, tooLarge: false };
}

/**
 * Readies a value to cross: an error naming the path if it cannot, a
 * CutValue if it is too large, else a copy of it.
 *
 * The value is copied once (structured clone), and that copy is the one
 * measured and sent: learner state may hold getters or proxies that answer
 * differently on each read, so measuring the original and then sending it
 * would let a getter pass the size check small and cross huge.
 */
export function toCrossable(value: unknown, root: string, limit: number = CUT_LIMIT): Checked {
  let copy: unknown;
  try {
    copy = structuredClone(value);
  } catch (caught) {
    return { ok: false, error: uncopyable(value, root, limit, caught) };
  }
  const report = inspect(copy, root, limit);
  if (report.problem) return { ok: false, error: problemError(report.problem) };
  if (report.tooLarge) {
    const cut: CutValue = {
      cut: true,
      note: `This ${root} is larger than ${Math.round(limit / 1000)} KB as JSON, so only its beginning is shown. Keep state small, or look at a part of it.`,
      size: report.size,
      preview: preview(copy, PREVIEW_CHARS),
    };
    return { ok: true, value: cut, cut: true };
  }
  return { ok: true, value: copy, cut: false };
}

function problemError(problem: Problem): RunnerError {
  return { kind: 'not-serializable', message: `\`${problem.path}\` ${problem.reason}.`, path: problem.path };
}

/** Why the copy failed, with the path when a walk of the original can find it (a function, a symbol, a proxy). */
function uncopyable(value: unknown, root: string, limit: number, caught: unknown): RunnerError {
  try {
    const report = inspect(value, root, limit);
    if (report.problem) return problemError(report.problem);
  } catch {
    // The original cannot even be walked (a proxy that throws): say so below.
  }
  const reason = caught instanceof Error ? caught.message : String(caught);
  return {
    kind: 'not-serializable',
    message: `\`${root}\` cannot be copied out of the runner (${reason}). Keep only plain data in state: objects, arrays, strings, numbers, Maps, Sets, Dates.`,
    path: root,
  };
}
