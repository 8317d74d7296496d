import { proxy, wrap, type Remote } from 'comlink';
import type {
  EventsPageResult, Failure, LoadResult, MomentAtResult, ProjectionsAtResult, RebuildResult, Result,
  RunExerciseResult, RunCommandResult, RunnerApi, SetEventsResult, StateAtResult,
} from './protocol.ts';
import { isResult } from './guards.ts';
import type { RestartInfo, RunnerClient, RunnerOptions, WorkerLike } from './client-api.ts';
import { crashDetail, createCrashLoopDetector } from './crashes.ts';
import { createReplayMemory } from './replay.ts';

export { CRASH_LOOP_WINDOW_MS } from './crashes.ts';

export type { RestartInfo, RunnerClient, RunnerOptions, WorkerLike };

/**
 * The page's side of the worker boundary. Learner code never runs on the
 * main thread: every call goes to the runner worker in its sealed room
 * (room.ts) through comlink, one at a time, each under a watchdog.
 *
 * - Watchdog: a call still running after `budgetMs` is a runaway (often
 *   `while (true)` in evolve). A worker stuck in a loop cannot be asked to
 *   stop, so we terminate it, start a fresh one, re-send the last code and
 *   events so the next call works, and answer with a 'timeout' error in
 *   plain words. The editor's text lives on the page and is never lost.
 * - Stale replies (as the Svelte tutorial's client): calls that only show
 *   "the latest" (stateAt, eventsPage, projectionsAt, load, setEvents,
 *   runExercise) supersede older calls of the same kind. A superseded call
 *   that has not been sent is never sent; one in flight resolves with kind
 *   'stale' instead of its answer. Commands and rebuilds are never dropped.
 * - One call at a time: each budget starts when its call is sent, so a call
 *   queued behind a slow one is not blamed for it.
 * - Crash loops: a runner that dies on its own twice within a few seconds is
 *   not replaced until the page loads code again (crashes.ts).
 */

type Method = keyof RunnerApi;

const LATEST_ONLY: ReadonlySet<Method> = new Set<Method>(['load', 'setEvents', 'stateAt', 'eventsPage', 'projectionsAt', 'momentAt', 'runExercise']);

interface Job {
  method: Method;
  send: (remote: Remote<RunnerApi>) => Promise<unknown>;
  resolve: (reply: Result<object>) => void;
  superseded: boolean;
  /** Replays after a restart: answers go nowhere, and a replay that times out is not replayed again. */
  replay: boolean;
  /** The first ping of a fresh worker: its budget covers downloading and starting the worker. */
  boot?: boolean;
  /** The code a replayed load re-sends. */
  code?: string;
}

/** How long a fresh worker may take to download and start before it counts as broken. */
const BOOT_BUDGET_MS = 15_000;

export const staleFailure = (): Failure => ({
  ok: false,
  error: { kind: 'stale', message: 'A newer request replaced this one.' },
});

function seconds(ms: number): string {
  const s = ms / 1000;
  return `${Number.isInteger(s) ? s : s.toFixed(1)} s`;
}

/**
 * The client around any worker factory. `client.ts` passes the real worker;
 * unit tests pass a fake so the watchdog and stale-reply logic run in Node.
 */
export function createRunnerWith(makeWorker: () => WorkerLike, options: RunnerOptions = {}): RunnerClient {
  const budgetMs = options.budgetMs ?? 2000;
  const listeners = new Set<(info: RestartInfo) => void>();
  if (options.onRestart) listeners.add(options.onRestart);

  let worker: WorkerLike | undefined;
  let remote: Remote<RunnerApi> | undefined;
  let queue: Job[] = [];
  let running: Job | undefined;
  let restarts = 0;
  /** The last code and events the worker was given, to re-send after a restart (replay.ts). */
  const memory = createReplayMemory();
  /** Set by a restart: the next worker must be given the last code and events first. */
  let needsReplay = false;
  /** Tells a crash loop from bad luck. */
  const crashLoop = createCrashLoopDetector(options.now);
  /** Set when the runner died twice in a short while: no new one starts until the page loads code again. */
  let halted: string | undefined;

  const start = (): Remote<RunnerApi> => {
    if (remote) return remote;
    worker = makeWorker();
    // A worker that dies on its own (out of memory, a failed import) fails the running call.
    const current = worker;
    current.addEventListener('error', (event) => {
      event.preventDefault();
      if (worker !== current) return;
      const { message, line, column, boot } = crashDetail(event);
      if (running?.boot || boot) {
        bootFailed(`The runner could not start (${message}). Reload the page to try again.`);
        return;
      }
      const at = line ? ` at line ${line}, column ${column ?? 0} of your code` : '';
      crashed(`The runner stopped unexpectedly${at}: ${message}`);
    });
    remote = wrap<RunnerApi>(worker);
    return remote;
  };

  const stop = (): void => {
    // No releaseProxy: it would post to (and wait on) a worker we are about to kill.
    worker?.terminate();
    worker = undefined;
    remote = undefined;
  };

  const ignore = (): void => undefined;

  /** Jobs that put a fresh worker back where the old one was, first in line. */
  const replayJobs = (): Job[] =>
    memory
      .calls((method) => queue.some((job) => !job.replay && job.method === method))
      .map((call) => ({ ...call, resolve: ignore, superseded: false, replay: true }));

  /**
   * A runner that died on its own. Once is bad luck or a bug the learner
   * can fix; twice within a few seconds is a loop (saved code that crashes
   * every fresh runner): stop starting new ones until the page loads code
   * again, and say why, instead of restarting hundreds of times.
   */
  function crashed(message: string): void {
    if (!crashLoop.isLoop()) {
      restart('crashed', `${message}. A fresh runner has taken over; run again.`);
      return;
    }
    halted = `${message}. It stopped twice within a few seconds, so no new runner was started: change the code and run it again.`;
    const waiting = [...(running ? [running] : []), ...queue.filter((queued) => !queued.replay)];
    queue = [];
    running = undefined;
    stop();
    restarts += 1;
    needsReplay = true;
    for (const job of waiting) job.resolve({ ok: false, error: { kind: 'crashed', message: halted } });
    notify({ reason: 'crashed', method: waiting[0]?.method ?? 'none', message: halted, restarts });
  }

  function notify(info: RestartInfo): void {
    for (const listener of [...listeners]) {
      try {
        listener(info);
      } catch {
        // A listener's bug must not stop the runner.
      }
    }
  }

  /** Waiting calls would wait forever behind a worker that never starts: fail them now. */
  function bootFailed(message: string): void {
    const waiting = queue.filter((queued) => !queued.replay);
    queue = [];
    restart('crashed', message);
    for (const queued of waiting) queued.resolve({ ok: false, error: { kind: 'crashed', message } });
  }

  function restart(reason: RestartInfo['reason'], message: string): void {
    const job = running;
    running = undefined;
    stop();
    restarts += 1;
    needsReplay = true;
    // Pending replays belong to the dead worker; the next start queues its own.
    queue = queue.filter((queued) => !queued.replay);
    // A replay that got stuck would get stuck again: forget what it re-sent.
    if (job?.replay) memory.forgetStuck(job);
    job?.resolve({ ok: false, error: { kind: reason, message } });
    notify({ reason, method: job?.method ?? 'none', message, restarts });
    // Start the fresh worker now, so it is warm (code and events loaded) by the next call.
    if (!job?.boot) prepareWorker();
    pump();
  }

  /**
   * Queues what a fresh worker needs first. It answers a ping under a
   * generous budget, so a slow download or start on a slow phone is not
   * mistaken for a runaway loop; after a restart it is then given the last
   * code and events again.
   */
  function prepareWorker(): void {
    if (remote || queue.some((job) => job.boot)) return;
    const boot: Job = { method: 'ping', send: (r) => r.ping(), resolve: ignore, superseded: false, replay: true, boot: true };
    const replays = needsReplay ? replayJobs() : [];
    needsReplay = false;
    queue = [boot, ...replays, ...queue];
  }

  function pump(): void {
    if (running || queue.length === 0) return;
    if (halted !== undefined) {
      // Only new code from the page starts a runner again; everything else is told why not.
      const fresh = queue.findIndex((job) => job.method === 'load' && !job.replay);
      if (fresh === -1) {
        const message = halted;
        const waiting = queue;
        queue = [];
        for (const job of waiting) job.resolve({ ok: false, error: { kind: 'crashed', message } });
        return;
      }
      halted = undefined;
      queue = queue.slice(fresh);
    }
    prepareWorker();
    const job = queue.shift();
    if (!job) return;
    running = job;
    const target = start();
    const budget = job.boot ? (options.bootBudgetMs ?? BOOT_BUDGET_MS) : (options.budgets?.[job.method] ?? budgetMs);
    const timer = setTimeout(() => {
      if (running !== job) return;
      if (job.boot) {
        bootFailed(`The runner did not start within ${seconds(budget)}. Reload the page to try again.`);
        return;
      }
      restart(
        'timeout',
        `Your code ran for more than ${seconds(budget)}, so it was stopped: a loop that never ends, or memory that keeps growing until it runs out. A fresh runner has taken over; fix the code and run again.`,
      );
    }, budget);
    const settle = (reply: Result<object>): void => {
      clearTimeout(timer);
      if (running !== job) return; // timed out or crashed already; this answer is from a dead worker
      running = undefined;
      job.resolve(job.superseded ? staleFailure() : reply);
      pump();
    };
    job.send(target).then(
      (reply) => settle(isResult(reply) ? reply : { ok: false, error: { kind: 'crashed', message: 'The runner sent an answer it should not have.' } }),
      (caught: unknown) => settle({ ok: false, error: { kind: 'crashed', message: `The runner could not answer: ${caught instanceof Error ? caught.message : String(caught)}` } }),
    );
  }

  function enqueue<R extends Result<object>>(method: Method, send: (remote: Remote<RunnerApi>) => Promise<R>): Promise<R> {
    return new Promise<R>((resolve) => {
      if (LATEST_ONLY.has(method)) {
        // Drop queued calls of the same kind, back to the last command or rebuild (which must see them).
        for (let i = queue.length - 1; i >= 0; i -= 1) {
          const queued = queue[i];
          if (!queued || queued.replay) continue;
          if (!LATEST_ONLY.has(queued.method)) break;
          if (queued.method === method) {
            queue.splice(i, 1);
            queued.resolve(staleFailure());
          }
        }
        if (running && running.method === method && !running.replay) running.superseded = true;
      }
      // The reply came from `send`, whose type is R; settle only ever passes that reply or a Failure.
      queue.push({ method, send, resolve: resolve as (reply: Result<object>) => void, superseded: false, replay: false });
      pump();
    });
  }

  return {
    load(code) {
      memory.loaded(code);
      return enqueue<LoadResult>('load', (r) => r.load(code));
    },
    setEvents(events, eventOptions) {
      memory.eventsSet(events, eventOptions);
      return enqueue<SetEventsResult>('setEvents', (r) => r.setEvents(events, eventOptions));
    },
    stateAt: (position) => enqueue<StateAtResult>('stateAt', (r) => r.stateAt(position)),
    eventsPage: (from, to) => enqueue<EventsPageResult>('eventsPage', (r) => r.eventsPage(from, to)),
    projectionsAt: (position, projectionOptions) => enqueue<ProjectionsAtResult>('projectionsAt', (r) => r.projectionsAt(position, projectionOptions)),
    momentAt: (position, projectionOptions) => enqueue<MomentAtResult>('momentAt', (r) => r.momentAt(position, projectionOptions)),
    rebuildProjection: (name, rebuildOptions, onProgress) =>
      enqueue<RebuildResult>('rebuildProjection', (r) => r.rebuildProjection(name, rebuildOptions, onProgress ? proxy(onProgress) : undefined)),
    async runCommand(command, commandOptions) {
      const reply = await enqueue<RunCommandResult>('runCommand', (r) => r.runCommand(command, commandOptions));
      if (reply.ok && reply.outcome === 'appended') memory.appended(reply.events);
      return reply;
    },
    runExercise: (id) => enqueue<RunExerciseResult>('runExercise', (r) => r.runExercise(id)),
    ping: () => enqueue<Result<{ pong: true }>>('ping', (r) => r.ping()),
    onRestart(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    get restarts() {
      return restarts;
    },
    terminate() {
      const pending = [...queue, ...(running ? [running] : [])];
      queue = [];
      running = undefined;
      stop();
      for (const job of pending) job.resolve(staleFailure());
    },
  };
}
