import * as engineModule from '../engine/index.ts';
import { deepFreeze } from '../engine/immutability.ts';
import { evaluateModule } from './evaluate-module.ts';
import { sealRealm } from './realm.ts';
import { parseJson, toEvents } from './json-input.ts';
import { toCrossable } from './cloneable.ts';
import { changes } from '../engine/diff.ts';
import { runtimeError } from './error-position.ts';
import {
  createContext, deciderFold, failureError, findProjection, projectionFold, readEvents, requireModule, resetFolds, upcastFor,
  type Context,
} from './context.ts';
import { runCommand } from './commands.ts';
import { isRecord } from './guards.ts';
import {
  fail,
  type EventsPage, type EventsPageResult, type LoadResult, type MomentAt, type MomentAtResult, type Result, type ProjectionAt, type ProjectionsAtOptions, type ProjectionsAtResult,
  type RebuildOptions, type RebuildProgress, type RebuildResult, type RunExerciseResult, type RunnerApi, type RunnerError, type SetEventsOptions, type SetEventsResult, type StateAt, type StateAtResult,
} from './protocol.ts';

/**
 * The worker's side of the protocol as a plain object: worker.ts only hands
 * it to comlink.expose, and unit tests call it directly in Node. Every
 * method returns a Result; an unexpected exception becomes kind 'crashed'.
 */

/** Most events one eventsPage call sends: the page asks for what it shows. */
/** What one event changed, as the paths the page highlights (`$.items[2].qty`); capped so a replaced list stays one answer. */
const changedPaths = (before: unknown, after: unknown): string[] => changes(before, after, { limit: 50 }).map((change) => change.path);

export const MAX_PAGE = 2_000;

function position(value: unknown, count: number): number | undefined {
  if (typeof value !== 'number' || Number.isNaN(value)) return undefined;
  return Math.max(0, Math.min(count, Math.floor(value)));
}

function invalidPosition(what: string): ReturnType<typeof fail> {
  return fail({ kind: 'invalid-input', message: `${what} should be a number of events.` });
}

/** A runtime error in the learner's code, located in their source. */
export type LocatedError = RunnerError & { kind: 'runtime' };

/**
 * Runs exercise `id`'s checks against the loaded module's exports (undefined:
 * nothing loaded). The worker entry supplies it (worker.ts): the runner
 * knows no exercise, and the checks still run here, where learner code cannot
 * reach the verdict.
 */
export type ExerciseRunner = (
  module: { exports: Record<string, unknown> } | undefined,
  id: unknown,
  locate: (caught: unknown) => LocatedError,
) => Promise<RunExerciseResult>;

export interface SessionOptions {
  /** Without it, runExercise answers that this runner has no exercises. */
  exercises?: ExerciseRunner;
}

export function createSession(options: SessionOptions = {}): RunnerApi {
  sealRealm();
  // What learner code imports as '#engine' is also what the runner and the
  // checks call: frozen through and through, so no run can change it.
  const engine = harden({ ...engineModule });
  const ctx: Context = createContext();
  /** The last two states answered, so stepping by one does not fold twice for the diff. */
  let recent: Array<[number, unknown]> = [];

  const forget = (): void => {
    resetFolds(ctx);
    recent = [];
  };

  /** The answer to stateAt, plus the state one event earlier (raw) when the diff needed it. */
  const foldAt = (k: unknown): Result<{ answer: StateAt; before?: unknown }> => {
    const folded = deciderFold(ctx);
    if (!folded.ok) return folded;
    const count = ctx.stored.length;
    const at = position(k, count);
    if (at === undefined) return invalidPosition('The position');
    const outcome = folded.value.stateAt(at);
    if (!outcome.ok) return fail(failureError(ctx, outcome.failure, 'evolve'));
    const answer: StateAt = {
      position: at, count, state: undefined, stateCut: false,
      eventsRead: outcome.eventsRead, fromSnapshot: outcome.fromSnapshot,
    };
    const crossable = toCrossable(outcome.state, 'state');
    if (!crossable.ok) return crossable;
    answer.state = crossable.value;
    answer.stateCut = crossable.cut;
    let before: unknown;
    if (at > 0) {
      answer.lastEvent = ctx.read?.[at - 1] ?? ctx.stored[at - 1];
      const cached = recent.find(([p]) => p === at - 1);
      const previous = cached ? { ok: true as const, state: cached[1] } : folded.value.stateAt(at - 1);
      if (previous.ok) {
        answer.changedPaths = changedPaths(previous.state, outcome.state);
        before = previous.state;
      }
    }
    const isTerminal = ctx.module?.decider?.isTerminal;
    if (isTerminal) {
      try {
        answer.terminal = Boolean(isTerminal(outcome.state));
      } catch (caught) {
        return fail(runtimeError(caught, ctx.module?.columns ?? [], 'decider.isTerminal'));
      }
    }
    recent = [[at, outcome.state] as [number, unknown], ...recent.filter(([p]) => p !== at)].slice(0, 2);
    return { ok: true, answer, before };
  };

  const stateAt = (k: unknown): StateAtResult => {
    const folded = foldAt(k);
    return folded.ok ? { ok: true, ...folded.answer } : folded;
  };

  const lagFor = (name: string, options: ProjectionsAtOptions | undefined): number => {
    const lag = options?.lag;
    const value = typeof lag === 'number' ? lag : isRecord(lag) ? lag[name] : 0;
    return typeof value === 'number' && value > 0 ? Math.floor(value) : 0;
  };

  const projectionsAt = (k: unknown, options?: ProjectionsAtOptions): ProjectionsAtResult => {
    const module = requireModule(ctx);
    if (!module.ok) return module;
    const at = position(k, ctx.stored.length);
    if (at === undefined) return invalidPosition('The position');
    const projections: ProjectionAt[] = [];
    for (const projection of module.value.projections) {
      const folded = projectionFold(ctx, projection);
      if (!folded.ok) return folded;
      const behind = Math.min(at, lagFor(projection.name, options));
      const checkpoint = at - behind;
      const outcome = folded.value.stateAt(checkpoint);
      if (!outcome.ok) return fail(failureError(ctx, outcome.failure, `Projection "${projection.name}" evolve`));
      const crossable = toCrossable(outcome.state, `view of ${projection.name}`);
      if (!crossable.ok) return crossable;
      const view: ProjectionAt = {
        name: projection.name, view: crossable.value, viewCut: crossable.cut, checkpoint,
        status: behind === 0 ? 'caughtUp' : 'fellBehind', behind,
      };
      // What the event at the checkpoint did to this read model (nothing, if it does not handle it).
      const before = checkpoint > 0 ? folded.value.stateAt(checkpoint - 1) : undefined;
      if (before?.ok) view.changedPaths = changedPaths(before.state, outcome.state);
      projections.push(view);
    }
    return { ok: true, position: at, projections };
  };

  /**
   * One slider move in one round trip: the state, every projection and the
   * state one event earlier for the before/after list. Three calls would let
   * the page paint between them, and a drag would pay for it on every move.
   */
  const momentAt = (k: unknown, options?: ProjectionsAtOptions): MomentAtResult => {
    const folded = foldAt(k);
    if (!folded.ok) return folded;
    const { answer, before } = folded;
    const views = projectionsAt(answer.position, options);
    if (!views.ok) return views;
    const moment: MomentAt = { ...answer, projections: views.projections };
    // A cut state has no values to compare; its changed paths still say what moved.
    if (before !== undefined && !answer.stateCut) {
      const crossable = toCrossable(before, 'state');
      if (crossable.ok && !crossable.cut) moment.previousState = crossable.value;
    }
    return { ok: true, ...moment };
  };

  const rebuildProjection = (name: unknown, options?: RebuildOptions, onProgress?: (p: RebuildProgress) => void): RebuildResult => {
    if (typeof name !== 'string') return fail({ kind: 'invalid-input', message: 'Name the projection to rebuild.' });
    const projection = findProjection(ctx, name);
    if (!projection.ok) return projection;
    const total = ctx.stored.length;
    const batch = Math.max(1, Math.floor(options?.every ?? Math.ceil(total / 20)));
    const report = (done: number): void => {
      // A comlink proxy returns a promise; progress is fire-and-forget.
      void Promise.resolve(onProgress?.({ name, position: done, total })).catch(() => undefined);
    };
    report(0);
    const folded = projectionFold(ctx, projection.value, { onProgress: report, batch });
    if (!folded.ok) return folded;
    const outcome = folded.value.stateAt(total);
    if (!outcome.ok) return fail(failureError(ctx, outcome.failure, `Projection "${name}" evolve`));
    const crossable = toCrossable(outcome.state, `view of ${name}`);
    if (!crossable.ok) return crossable;
    return { ok: true, name, view: crossable.value, viewCut: crossable.cut, checkpoint: total, eventsReplayed: total };
  };

  const api = {
    load(code: unknown): LoadResult {
      forget();
      ctx.module = undefined;
      ctx.upcast = undefined;
      if (typeof code !== 'string') return fail({ kind: 'invalid-input', message: 'The code should be text.' });
      const evaluated = evaluateModule(code, engine);
      if (!evaluated.ok) return evaluated;
      const upcast = upcastFor(evaluated.module);
      if (!upcast.ok) return upcast;
      ctx.module = evaluated.module;
      ctx.upcast = upcast.value;
      const { decider, projections } = evaluated.module;
      return {
        ok: true,
        exports: {
          names: Object.keys(evaluated.module.exports),
          hasDecider: decider !== undefined,
          hasIsTerminal: decider?.isTerminal !== undefined,
          projections: projections.map((p) => p.name),
          upcasters: Array.isArray(evaluated.module.upcasters) ? evaluated.module.upcasters.length : 0,
        },
      };
    },

    setEvents(input: unknown, options?: SetEventsOptions): SetEventsResult {
      let value: unknown = input;
      if (typeof input === 'string') {
        const parsed = parseJson(input);
        if (!parsed.ok) return parsed;
        value = parsed.value;
      }
      const events = toEvents(value);
      if (!events.ok) return events;
      forget();
      // Stored events are facts: frozen, so an evolve that edits one throws where it does.
      ctx.stored = deepFreeze(events.events);
      const every = options?.snapshotEvery;
      if (typeof every === 'number' && every >= 1) ctx.snapshotEvery = Math.floor(every);
      return { ok: true, count: ctx.stored.length };
    },

    stateAt,
    momentAt,

    eventsPage(from: unknown, to: unknown): EventsPageResult {
      const count = ctx.stored.length;
      const start = position(from, count);
      const end = position(to, count);
      if (start === undefined || end === undefined) return invalidPosition('`from` and `to`');
      const stop = Math.min(Math.max(start, end), start + MAX_PAGE);
      const page: EventsPage = { from: start, to: stop, count, events: ctx.stored.slice(start, stop) };
      if (ctx.upcast) {
        const read = readEvents(ctx);
        if (!read.ok) return read;
        page.read = read.value.slice(start, stop);
      }
      return { ok: true, ...page };
    },

    projectionsAt,
    rebuildProjection,

    runCommand(command: unknown, options?: unknown) {
      return runCommand(ctx, command, options, () => { recent = []; });
    },

    async runExercise(id: unknown): Promise<RunExerciseResult> {
      if (!options.exercises) return fail({ kind: 'invalid-input', message: 'This runner has no exercises to check.' });
      const module = ctx.module;
      const locate = (caught: unknown): LocatedError => ({
        ...runtimeError(caught, module?.columns ?? [], 'Your code'),
        kind: 'runtime',
      });
      return options.exercises(module, id, locate);
    },

    ping() {
      return { ok: true as const, pong: true as const };
    },
  };

  return guardAll(api);
}

/** Wraps every method so that nothing throws across the boundary. */
function guardAll<T extends Record<string, (...args: never[]) => unknown>>(api: T): T {
  const guarded: Record<string, unknown> = {};
  for (const [name, method] of Object.entries(api)) {
    const crashed = (caught: unknown): ReturnType<typeof fail> => {
      const message = caught instanceof Error ? caught.message : String(caught);
      return fail({ kind: 'crashed', message: `The runner failed unexpectedly in ${name}: ${message}` });
    };
    guarded[name] = (...args: never[]) => {
      try {
        const reply = method(...args);
        return reply instanceof Promise ? reply.catch(crashed) : reply;
      } catch (caught) {
        return crashed(caught);
      }
    };
  }
  return guarded as T;
}
