import { createUpcaster, type Upcast, type Upcaster } from '../engine/upcasting.ts';
import { handlesEvent } from '../engine/project.ts';
import type { Event } from '../engine/types.ts';
import { createFolded, type Folded, type FoldFailure } from './folded.ts';
import type { LearnerModule, LearnerProjection } from './evaluate-module.ts';
import type { Message, RunnerError } from './protocol.ts';
import { isRecord } from './guards.ts';
import { runtimeError } from './error-position.ts';

/**
 * What the worker holds between calls: the learner's module, the stored
 * events, and lazily built folds. Folding is lazy on purpose: `load` and
 * `setEvents` never run evolve, so after a watchdog restart the client can
 * re-send both without re-entering the loop that got the worker stopped.
 */
export interface Context {
  module: LearnerModule | undefined;
  /** Events as given (stored facts, frozen). */
  stored: Message[];
  /** Events as read: upcast when the module has upcasters; built lazily. */
  read: Event[] | undefined;
  upcast: Upcast | undefined;
  decider: Folded | undefined;
  projections: Map<string, Folded>;
  snapshotEvery: number;
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: RunnerError };

export const DEFAULT_SNAPSHOT_EVERY = 100;

export function createContext(): Context {
  return {
    module: undefined,
    stored: [],
    read: undefined,
    upcast: undefined,
    decider: undefined,
    projections: new Map(),
    snapshotEvery: DEFAULT_SNAPSHOT_EVERY,
  };
}

/** Forgets every fold: after new code or new events, nothing folded before holds. */
export function resetFolds(ctx: Context): void {
  ctx.read = undefined;
  ctx.decider = undefined;
  ctx.projections.clear();
}

const noModule: RunnerError = { kind: 'invalid-input', message: 'No code is loaded yet (or the last load failed): load your module first.' };

export function requireModule(ctx: Context): Outcome<LearnerModule> {
  return ctx.module ? { ok: true, value: ctx.module } : { ok: false, error: noModule };
}

function isUpcaster(value: unknown): value is Upcaster {
  return isRecord(value) && typeof value.eventType === 'string' && typeof value.fromVersion === 'number' && typeof value.upcast === 'function';
}

/** Builds the upcast function from the module's `upcasters` export. */
export function upcastFor(module: LearnerModule): Outcome<Upcast | undefined> {
  const raw = module.upcasters;
  if (raw === undefined) return { ok: true, value: undefined };
  if (!Array.isArray(raw) || !raw.every(isUpcaster)) {
    return { ok: false, error: { kind: 'invalid-input', message: '`upcasters` should be a list of { eventType, fromVersion, upcast(event) }.' } };
  }
  try {
    return { ok: true, value: createUpcaster(raw) };
  } catch (caught) {
    return { ok: false, error: { kind: 'invalid-input', message: caught instanceof Error ? caught.message : String(caught) } };
  }
}

/** Runs the upcasters over events; names the event an upcaster threw on. */
export function upcastAll(module: LearnerModule, upcast: Upcast | undefined, events: readonly Message[], offset = 0): Outcome<Event[]> {
  if (!upcast) return { ok: true, value: events.slice() };
  const out: Event[] = [];
  for (let i = 0; i < events.length; i++) {
    const event = events[i] as Message;
    try {
      out.push(upcast(event));
    } catch (caught) {
      return { ok: false, error: runtimeError(caught, module.columns, 'An upcaster', { index: offset + i, type: event.type }) };
    }
  }
  return { ok: true, value: out };
}

export function readEvents(ctx: Context): Outcome<Event[]> {
  if (ctx.read) return { ok: true, value: ctx.read };
  const module = requireModule(ctx);
  if (!module.ok) return module;
  const read = upcastAll(module.value, ctx.upcast, ctx.stored);
  if (read.ok) ctx.read = read.value;
  return read;
}

export function failureError(ctx: Context, failure: FoldFailure, where: string): RunnerError {
  return runtimeError(failure.cause, ctx.module?.columns ?? [], where, { index: failure.index, type: failure.type });
}

function initial(ctx: Context, fn: () => unknown, where: string): Outcome<unknown> {
  try {
    return { ok: true, value: fn() };
  } catch (caught) {
    return { ok: false, error: runtimeError(caught, ctx.module?.columns ?? [], where) };
  }
}

/** The decider's fold over the stream, built on first use. */
export function deciderFold(ctx: Context): Outcome<Folded> {
  if (ctx.decider) return { ok: true, value: ctx.decider };
  const module = requireModule(ctx);
  if (!module.ok) return module;
  const decider = module.value.decider;
  if (!decider) return { ok: false, error: { kind: 'invalid-input', message: 'Your module exports no `decider`, so there is no state to show.' } };
  const read = readEvents(ctx);
  if (!read.ok) return read;
  const start = initial(ctx, () => decider.initialState(), 'decider.initialState');
  if (!start.ok) return start;
  const folded = createFolded((state, event) => decider.evolve(state, event), start.value, ctx.snapshotEvery);
  folded.append(read.value);
  ctx.decider = folded;
  return { ok: true, value: folded };
}

export function findProjection(ctx: Context, name: string): Outcome<LearnerProjection> {
  const module = requireModule(ctx);
  if (!module.ok) return module;
  const projection = module.value.projections.find((p) => p.name === name);
  if (!projection) {
    const names = module.value.projections.map((p) => `"${p.name}"`).join(', ') || 'none';
    return { ok: false, error: { kind: 'invalid-input', message: `No projection named "${name}" (your module has: ${names}).` } };
  }
  return { ok: true, value: projection };
}

/** A projection's fold over the stream (only events in its canHandle), built on first use or rebuilt. */
export function projectionFold(
  ctx: Context,
  projection: LearnerProjection,
  rebuild?: { onProgress: (done: number) => void; batch: number },
): Outcome<Folded> {
  const cached = ctx.projections.get(projection.name);
  if (cached && !rebuild) return { ok: true, value: cached };
  const read = readEvents(ctx);
  if (!read.ok) return read;
  const start = initial(ctx, () => projection.initialState(), `projection "${projection.name}" initialState`);
  if (!start.ok) return start;
  const handles = handlesEvent({ name: projection.name, canHandle: projection.canHandle, initialState: projection.initialState, evolve: projection.evolve });
  const evolve = (view: unknown, event: Event): unknown => (handles(event) ? projection.evolve(view, event) : view);
  const folded = createFolded(evolve, start.value, ctx.snapshotEvery, rebuild?.onProgress, rebuild?.batch ?? 0);
  folded.append(read.value);
  ctx.projections.set(projection.name, folded);
  return { ok: true, value: folded };
}
