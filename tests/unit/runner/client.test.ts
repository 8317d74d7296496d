// The client's watchdog, restart and stale-reply rules, in Node: a fake
// worker is a MessageChannel with the session (or a stand-in) exposed on the
// other end. A call that never answers stands in for `while (true) {}`.
// The watchdog's clock is node:test's mock timers: a test waits until the fake
// worker has received the stuck call, then moves the clock past the budget, so
// no test depends on how fast a loaded machine runs.
import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { expose } from 'comlink';
import { createRunnerWith, type RestartInfo, type WorkerLike } from '../../../playground/runner/client-core.ts';
import { createSession } from '../../../playground/runner/session.ts';
import { withProxyRelease } from '../../../playground/runner/release-proxies.ts';
import type { RunnerApi } from '../../../playground/runner/protocol.ts';

type Calls = Array<[string, unknown[]]>;

/** A worker whose api is `make()`, recording every call it receives. */
function fakeWorkers(make: (calls: Calls) => Partial<RunnerApi>) {
  const started: Array<{ calls: Calls; terminated: boolean }> = [];
  const waiting: Array<{ name: string; count: number; resolve: () => void }> = [];
  const received = (name: string): number => started.reduce((n, worker) => n + worker.calls.filter(([called]) => called === name).length, 0);
  const wake = (): void => {
    for (const waiter of [...waiting]) {
      if (received(waiter.name) < waiter.count) continue;
      waiting.splice(waiting.indexOf(waiter), 1);
      waiter.resolve();
    }
  };
  /** Resolves once the workers, all together, have received `count` calls of `name`. */
  const whenCalled = (name: string, count = 1): Promise<void> =>
    new Promise((resolve) => {
      waiting.push({ name, count, resolve });
      wake();
    });
  const factory = (): WorkerLike => {
    const { port1, port2 } = new MessageChannel();
    const record = { calls: [] as Calls, terminated: false };
    started.push(record);
    const api = make(record.calls);
    const recorded: Record<string, unknown> = {};
    for (const [name, fn] of Object.entries(api)) {
      recorded[name] = (...args: unknown[]) => {
        record.calls.push([name, args]);
        wake();
        return (fn as (...a: unknown[]) => unknown)(...args);
      };
    }
    expose(recorded, port2);
    return {
      postMessage: (message: unknown, transfer?: Transferable[]) => port1.postMessage(message, transfer ?? []),
      addEventListener: port1.addEventListener.bind(port1) as WorkerLike['addEventListener'],
      removeEventListener: port1.removeEventListener.bind(port1) as WorkerLike['removeEventListener'],
      start: () => port1.start(),
      terminate: () => {
        record.terminated = true;
        port1.close();
        port2.close();
      },
    };
  };
  return { factory, started, whenCalled };
}

/** The watchdog's clock, moved by the test alone. */
function mockClock(t: TestContext): (ms: number) => void {
  t.mock.timers.enable({ apis: ['setTimeout'] });
  return (ms) => t.mock.timers.tick(ms);
}

const code = 'export const decider = { initialState: () => 0, evolve: (s: number) => s + 1, decide: () => [{ type: "Ticked", data: {} }] };';

test('answers come back as the session gives them', async () => {
  const { factory } = fakeWorkers(() => createSession());
  const runner = createRunnerWith(factory);
  assert.ok((await runner.load(code)).ok);
  assert.deepEqual(await runner.setEvents('[{"type":"Ticked","data":{}}]'), { ok: true, count: 1 });
  const at = await runner.stateAt(1);
  assert.ok(at.ok && at.state === 1);
  runner.terminate();
});

test('a call past its budget restarts the worker, says so, and the next call works', async (t) => {
  const tick = mockClock(t);
  let hang = true;
  const { factory, started, whenCalled } = fakeWorkers(() => {
    const session = createSession();
    return {
      ...session,
      stateAt: (k: number) => (hang ? new Promise<never>(() => undefined) : session.stateAt(k)) as ReturnType<RunnerApi['stateAt']>,
    };
  });
  const restarts: RestartInfo[] = [];
  const runner = createRunnerWith(factory, { budgetMs: 2_000, onRestart: (info) => restarts.push(info) });
  await runner.load(code);
  await runner.setEvents([{ type: 'Ticked', data: {} }, { type: 'Ticked', data: {} }]);
  const reply = runner.stateAt(2);
  await whenCalled('stateAt');
  tick(1_999);
  assert.equal(restarts.length, 0, 'within its budget the call keeps running');
  tick(1);
  const stuck = await reply;
  assert.equal(stuck.ok, false);
  if (!stuck.ok) {
    assert.equal(stuck.error.kind, 'timeout');
    assert.equal(stuck.error.message, 'Your code ran for more than 2 s, so it was stopped: a loop that never ends, or memory that keeps growing until it runs out. A fresh runner has taken over; fix the code and run again.');
  }
  assert.equal(restarts.length, 1);
  assert.equal(restarts[0]?.reason, 'timeout');
  assert.equal(restarts[0]?.method, 'stateAt');
  assert.equal(runner.restarts, 1);
  assert.equal(started.length, 2);
  assert.equal(started[0]?.terminated, true);
  hang = false;
  const next = await runner.stateAt(2);
  assert.ok(next.ok && next.state === 2, JSON.stringify(next));
  // The fresh worker was given the code and the events again, before the next call.
  assert.deepEqual(started[1]?.calls.map(([name]) => name), ['ping', 'load', 'setEvents', 'stateAt']);
  runner.terminate();
});

test('the timeout message gives the budget in seconds', async (t) => {
  const tick = mockClock(t);
  const { factory, whenCalled } = fakeWorkers(() => ({
    ...createSession(),
    eventsPage: () => new Promise<never>(() => undefined) as unknown as ReturnType<RunnerApi['eventsPage']>,
  }));
  const runner = createRunnerWith(factory, { budgetMs: 1_500 });
  const pending = runner.eventsPage(0, 1);
  await whenCalled('eventsPage');
  tick(1_500);
  const reply = await pending;
  assert.ok(!reply.ok && reply.error.message.startsWith('Your code ran for more than 1.5 s, so it was stopped:'));
  runner.terminate();
});

test('a newer call of the same kind makes older ones stale; unsent ones are never sent', async () => {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const { factory, started } = fakeWorkers(() => {
    const session = createSession();
    return {
      ...session,
      stateAt: async (k: number) => {
        if (k === 1) await gate;
        return session.stateAt(k);
      },
    } as unknown as Partial<RunnerApi>;
  });
  const runner = createRunnerWith(factory);
  await runner.load(code);
  await runner.setEvents([{ type: 'Ticked', data: {} }, { type: 'Ticked', data: {} }, { type: 'Ticked', data: {} }]);
  const first = runner.stateAt(1);
  const second = runner.stateAt(2);
  const third = runner.stateAt(3);
  release();
  const [a, b, c] = await Promise.all([first, second, third]);
  assert.ok(!a.ok && a.error.kind === 'stale');
  assert.ok(!b.ok && b.error.kind === 'stale');
  assert.ok(c.ok && c.state === 3);
  const sent = started[0]?.calls.filter(([name]) => name === 'stateAt').map(([, args]) => args[0]);
  assert.deepEqual(sent, [1, 3]);
  runner.terminate();
});

test('commands are never dropped, and a restart replays the events they appended', async (t) => {
  const tick = mockClock(t);
  let hang = false;
  const { factory, started, whenCalled } = fakeWorkers(() => {
    const session = createSession();
    return {
      ...session,
      eventsPage: (from: number, to: number) => (hang ? new Promise<never>(() => undefined) : session.eventsPage(from, to)) as ReturnType<RunnerApi['eventsPage']>,
    };
  });
  const runner = createRunnerWith(factory, { budgetMs: 2_000 });
  await runner.load(code);
  runner.setEvents('[]');
  const one = runner.runCommand({ type: 'Tick', data: {} });
  const two = runner.runCommand({ type: 'Tick', data: {} });
  const [r1, r2] = await Promise.all([one, two]);
  assert.ok(r1.ok && r1.outcome === 'appended');
  assert.ok(r2.ok && r2.outcome === 'appended' && r2.streamVersion === 2);
  hang = true;
  const pending = runner.eventsPage(0, 10);
  await whenCalled('eventsPage');
  tick(2_000);
  const stuck = await pending;
  assert.ok(!stuck.ok && stuck.error.kind === 'timeout');
  hang = false;
  const at = await runner.stateAt(99);
  assert.ok(at.ok && at.count === 2 && at.state === 2, JSON.stringify(at));
  const replayed = started[1]?.calls.find(([name]) => name === 'setEvents')?.[1][0];
  assert.ok(Array.isArray(replayed) && replayed.length === 2);
  runner.terminate();
});

test('a module that loops at load time is not re-sent forever', async (t) => {
  const tick = mockClock(t);
  const { factory, started, whenCalled } = fakeWorkers(() => {
    const session = createSession();
    return {
      ...session,
      load: (text: string) => (text.includes('LOOP') ? new Promise<never>(() => undefined) : session.load(text)) as ReturnType<RunnerApi['load']>,
    };
  });
  const runner = createRunnerWith(factory, { budgetMs: 2_000 });
  const loading = runner.load('// LOOP');
  await whenCalled('load');
  tick(2_000);
  const first = await loading;
  assert.ok(!first.ok && first.error.kind === 'timeout');
  // The fresh worker is given the looping code again and times out once more;
  // then the runner forgets that code and starts empty.
  const pinging = runner.ping();
  await whenCalled('load', 2);
  tick(2_000);
  const ping = await pinging;
  assert.ok(ping.ok);
  assert.equal(started.length, 3);
  assert.deepEqual(started[2]?.calls.map(([name]) => name), ['ping', 'ping'], 'the third worker gets no replayed code');
  const loaded = await runner.load(code);
  assert.ok(loaded.ok);
  runner.terminate();
});

test('rebuild progress crosses back through a proxy, released when done', async () => {
  const { factory } = fakeWorkers(() => withProxyRelease(createSession()));
  const runner = createRunnerWith(factory);
  await runner.load(`${code}\nexport const projections = [{ name: 'n', canHandle: ['Ticked'], initialState: () => 0, evolve: (v: number) => v + 1 }];`);
  await runner.setEvents(Array.from({ length: 100 }, () => ({ type: 'Ticked', data: {} })));
  const seen: number[] = [];
  const rebuilt = await runner.rebuildProjection('n', { every: 25 }, (p) => seen.push(p.position));
  assert.ok(rebuilt.ok && rebuilt.view === 100);
  // Progress messages may still be on their way back over the port: let them arrive (no clock involved).
  for (let turn = 0; turn < 1_000 && seen.length < 5; turn += 1) await new Promise((resolve) => setImmediate(resolve));
  assert.deepEqual(seen, [0, 25, 50, 75, 100]);
  runner.terminate();
});

test('a worker that never starts fails the waiting calls instead of holding them forever', async (t) => {
  const tick = mockClock(t);
  const { factory, started, whenCalled } = fakeWorkers(() => ({ ping: () => new Promise<never>(() => undefined) as unknown as ReturnType<RunnerApi['ping']> }));
  const runner = createRunnerWith(factory, { bootBudgetMs: 10_000 });
  const waiting = Promise.all([runner.stateAt(1), runner.eventsPage(0, 1)]);
  await whenCalled('ping');
  tick(10_000);
  const [a, b] = await waiting;
  assert.ok(!a.ok && a.error.kind === 'crashed' && /did not start/.test(a.error.message));
  assert.ok(!b.ok && b.error.kind === 'crashed');
  assert.equal(started.length, 1);
  runner.terminate();
});
