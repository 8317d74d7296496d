// The client's watchdog, restart and stale-reply rules, in Node: a fake
// worker is a MessageChannel with the session (or a stand-in) exposed on the
// other end. A call that never answers stands in for `while (true) {}`.
import { test } from 'node:test';
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
  const factory = (): WorkerLike => {
    const { port1, port2 } = new MessageChannel();
    const record = { calls: [] as Calls, terminated: false };
    started.push(record);
    const api = make(record.calls);
    const recorded: Record<string, unknown> = {};
    for (const [name, fn] of Object.entries(api)) {
      recorded[name] = (...args: unknown[]) => {
        record.calls.push([name, args]);
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
  return { factory, started };
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

test('a call past its budget restarts the worker, says so, and the next call works', async () => {
  let hang = true;
  const { factory, started } = fakeWorkers(() => {
    const session = createSession();
    return {
      ...session,
      stateAt: (k: number) => (hang ? new Promise<never>(() => undefined) : session.stateAt(k)) as ReturnType<RunnerApi['stateAt']>,
    };
  });
  const restarts: RestartInfo[] = [];
  const runner = createRunnerWith(factory, { budgetMs: 150, onRestart: (info) => restarts.push(info) });
  await runner.load(code);
  await runner.setEvents([{ type: 'Ticked', data: {} }, { type: 'Ticked', data: {} }]);
  const stuck = await runner.stateAt(2);
  assert.equal(stuck.ok, false);
  if (!stuck.ok) {
    assert.equal(stuck.error.kind, 'timeout');
    assert.equal(stuck.error.message, 'Your code ran for more than 0.1 s, so it was stopped: a loop that never ends, or memory that keeps growing until it runs out. A fresh runner has taken over; fix the code and run again.');
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

test('the timeout message gives the budget in seconds', async () => {
  const { factory } = fakeWorkers(() => ({
    ...createSession(),
    eventsPage: () => new Promise<never>(() => undefined) as unknown as ReturnType<RunnerApi['eventsPage']>,
  }));
  const runner = createRunnerWith(factory, { budgetMs: 100 });
  const reply = await runner.eventsPage(0, 1);
  assert.ok(!reply.ok && reply.error.message.startsWith('Your code ran for more than 0.1 s, so it was stopped:'));
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

test('commands are never dropped, and a restart replays the events they appended', async () => {
  let hang = false;
  const { factory, started } = fakeWorkers(() => {
    const session = createSession();
    return {
      ...session,
      eventsPage: (from: number, to: number) => (hang ? new Promise<never>(() => undefined) : session.eventsPage(from, to)) as ReturnType<RunnerApi['eventsPage']>,
    };
  });
  const runner = createRunnerWith(factory, { budgetMs: 150 });
  await runner.load(code);
  runner.setEvents('[]');
  const one = runner.runCommand({ type: 'Tick', data: {} });
  const two = runner.runCommand({ type: 'Tick', data: {} });
  const [r1, r2] = await Promise.all([one, two]);
  assert.ok(r1.ok && r1.outcome === 'appended');
  assert.ok(r2.ok && r2.outcome === 'appended' && r2.streamVersion === 2);
  hang = true;
  const stuck = await runner.eventsPage(0, 10);
  assert.ok(!stuck.ok && stuck.error.kind === 'timeout');
  hang = false;
  const at = await runner.stateAt(99);
  assert.ok(at.ok && at.count === 2 && at.state === 2, JSON.stringify(at));
  const replayed = started[1]?.calls.find(([name]) => name === 'setEvents')?.[1][0];
  assert.ok(Array.isArray(replayed) && replayed.length === 2);
  runner.terminate();
});

test('a module that loops at load time is not re-sent forever', async () => {
  const { factory, started } = fakeWorkers(() => {
    const session = createSession();
    return {
      ...session,
      load: (text: string) => (text.includes('LOOP') ? new Promise<never>(() => undefined) : session.load(text)) as ReturnType<RunnerApi['load']>,
    };
  });
  const runner = createRunnerWith(factory, { budgetMs: 100 });
  const first = await runner.load('// LOOP');
  assert.ok(!first.ok && first.error.kind === 'timeout');
  // The replay of the looping code times out once more; then the runner starts empty.
  const ping = await runner.ping();
  assert.ok(ping.ok);
  assert.ok(started.length <= 3);
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
  await new Promise((resolve) => setTimeout(resolve, 50));
  assert.deepEqual(seen, [0, 25, 50, 75, 100]);
  runner.terminate();
});

test('a worker that never starts fails the waiting calls instead of holding them forever', async () => {
  const { factory, started } = fakeWorkers(() => ({ ping: () => new Promise<never>(() => undefined) as unknown as ReturnType<RunnerApi['ping']> }));
  const runner = createRunnerWith(factory, { bootBudgetMs: 100 });
  const [a, b] = await Promise.all([runner.stateAt(1), runner.eventsPage(0, 1)]);
  assert.ok(!a.ok && a.error.kind === 'crashed' && /did not start/.test(a.error.message));
  assert.ok(!b.ok && b.error.kind === 'crashed');
  assert.equal(started.length, 1);
  runner.terminate();
});
