import type { RunnerError } from './protocol.ts';
import { isRecord } from './guards.ts';
import { transpile } from './transpile.ts';
import { lineOffset, runtimeError } from './error-position.ts';
import { compileInCompartment, takeFreshCompartment, type ModuleBody } from './realm.ts';
import type { LineSegments } from './source-map.ts';

/**
 * Evaluates the learner's module and checks its exports have the shapes the
 * worker calls. Pure apart from running the code: no worker, no DOM, so Node
 * tests exercise exactly what the worker does.
 *
 * The module contract: one TypeScript module that may import from '#engine'
 * and exports `decider` (initialState, evolve, decide, optional isTerminal),
 * optionally `projections` ({ name, canHandle, initialState, evolve }[]) and
 * optionally `upcasters`. Exercise modules may export other names instead
 * (a function to write); any export is fine at load time, and a call that
 * needs a decider says so when there is none.
 */

export type Fn = (...args: unknown[]) => unknown;

export interface LearnerDecider {
  initialState: Fn;
  evolve: Fn;
  decide?: Fn;
  isTerminal?: Fn;
}

export interface LearnerProjection {
  name: string;
  canHandle: readonly string[];
  initialState: Fn;
  evolve: Fn;
}

export interface LearnerModule {
  decider?: LearnerDecider;
  projections: LearnerProjection[];
  /** Passed to the engine's upcasting as the learner wrote it. */
  upcasters?: unknown;
  /** Column maps for turning stack positions back into source positions. */
  columns: LineSegments;
  exports: Record<string, unknown>;
}

export type EvaluateResult = { ok: true; module: LearnerModule } | { ok: false; error: RunnerError };

function isFn(value: unknown): value is Fn {
  return typeof value === 'function';
}

function problemWithDecider(value: unknown): string | null {
  if (!isRecord(value)) return '`decider` should be an object with initialState, evolve and decide.';
  for (const key of ['initialState', 'evolve'] as const) {
    if (!isFn(value[key])) return `\`decider.${key}\` should be a function.`;
  }
  for (const key of ['decide', 'isTerminal'] as const) {
    if (value[key] !== undefined && !isFn(value[key])) return `\`decider.${key}\` should be a function.`;
  }
  return null;
}

function problemWithProjection(value: unknown, index: number): string | null {
  const what = `projections[${index}]`;
  if (!isRecord(value)) return `\`${what}\` should be an object with name, canHandle, initialState and evolve.`;
  if (typeof value.name !== 'string' || !value.name) return `\`${what}.name\` should be a non-empty string.`;
  if (!Array.isArray(value.canHandle) || !value.canHandle.every((t) => typeof t === 'string')) {
    return `\`${what}.canHandle\` (${value.name}) should be an array of event type names.`;
  }
  if (!isFn(value.initialState)) return `\`${what}.initialState\` (${value.name}) should be a function.`;
  if (!isFn(value.evolve)) return `\`${what}.evolve\` (${value.name}) should be a function.`;
  return null;
}

// Type guards built on the descriptive checks above, so one rule decides both.
function isLearnerDecider(value: unknown): value is LearnerDecider {
  return problemWithDecider(value) === null;
}
function isLearnerProjection(value: unknown): value is LearnerProjection {
  return problemWithProjection(value, 0) === null;
}

function invalid(message: string): { ok: false; error: RunnerError } {
  return { ok: false, error: { kind: 'invalid-input', message } };
}

/**
 * A compile-time refusal in plain words. SES names the line it refused
 * ("rejected at learner.ts:4"), counted in the wrapped module: put it back
 * on the learner's own line, and give it as a field so the editor marks it.
 */
function refusedAtCompile(caught: unknown): RunnerError {
  const raw = caught instanceof Error ? caught.message : String(caught);
  const at = /\bat learner\.ts:(\d+)/.exec(raw);
  const line = at ? Number(at[1]) - lineOffset() : undefined;
  if (line === undefined || line < 1) return { kind: 'compile', message: `Your code could not be read: ${raw}` };
  const message = raw.replace(/\s*at learner\.ts:\d+\.?/, '').replace(/\s*\((SES_[A-Z_]+)\)$/, ' ($1)');
  return { kind: 'compile', message: `Your code could not be read: ${message} (line ${line}).`, line };
}

/**
 * Transpiles and runs the module body in a fresh compartment. `engine` is
 * what `import ... from '#engine'` gives (hardened: learner code cannot
 * change what the runner or the checks use); any other specifier is an
 * error that names it.
 */
export function evaluateModule(source: string, engine: Record<string, unknown>): EvaluateResult {
  const transpiled = transpile(source);
  if (!transpiled.ok) return transpiled;
  const { columns } = transpiled;

  let body: ModuleBody;
  try {
    // A fresh compartment per load: nothing a previous run put on its globals survives.
    body = compileInCompartment(takeFreshCompartment(), transpiled.code);
  } catch (caught) {
    // Sucrase accepts a few things the JavaScript parser (or SES, e.g. `import(`) rejects.
    return { ok: false, error: refusedAtCompile(caught) };
  }

  const exports: Record<string, unknown> = {};
  const require = (specifier: string): unknown => {
    if (specifier === '#engine') return engine;
    throw new Error(`Only '#engine' can be imported here, not '${specifier}'.`);
  };
  try {
    body(exports, require);
  } catch (caught) {
    return { ok: false, error: runtimeError(caught, columns, 'Your module') };
  }

  const decider = exports.decider;
  const hasDecider = decider !== undefined;
  if (hasDecider && !isLearnerDecider(decider)) return invalid(problemWithDecider(decider) ?? 'Invalid decider.');
  const rawProjections = exports.projections ?? [];
  if (!Array.isArray(rawProjections)) return invalid('`projections` should be an array.');
  const projections: LearnerProjection[] = [];
  const names = new Set<string>();
  for (const [index, value] of rawProjections.entries()) {
    if (!isLearnerProjection(value)) return invalid(problemWithProjection(value, index) ?? 'Invalid projection.');
    const projection = value;
    if (names.has(projection.name)) return invalid(`Two projections are named "${projection.name}"; names must be unique.`);
    names.add(projection.name);
    projections.push(projection);
  }
  const module: LearnerModule = { projections, columns, exports };
  if (isLearnerDecider(decider)) module.decider = decider;
  if (exports.upcasters !== undefined) module.upcasters = exports.upcasters;
  return { ok: true, module };
}
