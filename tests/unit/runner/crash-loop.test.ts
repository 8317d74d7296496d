// A runner that dies on its own is replaced once; dying again within a few
// seconds (saved code that crashes every fresh runner) stops the restarts
// until the page loads code again. Before this, one such share link made 530
// restarts in 14 s.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expose } from 'comlink';
import { createRunnerWith, CRASH_LOOP_WINDOW_MS, type RestartInfo, type WorkerLike } from '../../../playground/runner/client-core.ts';
import { createSession } from '../../../playground/runner/session.ts';

/** Workers running a real session, each able to "die" with an error event, as the room reports one. */
function crashableWorkers() {
  const ports: MessagePort[] = [];
  const factory = (): WorkerLike => {
    const { port1, port2 } = new MessageChannel();
    expose(createSession(), port2);
    ports.push(port1);
    return {
      postMessage: (message: unknown, transfer?: Transferable[]) => port1.postMessage(message, transfer ?? []),
      addEventListener: port1.addEventListener.bind(port1) as WorkerLike['addEventListener'],
      removeEventListener: port1.removeEventListener.bind(port1) as WorkerLike['removeEventListener'],
      start: () => port1.start(),
      terminate: () => {
        port1.close();
        port2.close();
      },
    };
  };
  const crashLatest = (message: string, line?: number): void => {
    const event = Object.assign(new Event('error', { cancelable: true }), { message, lineno: line ?? 0, colno: line ? 5 : 0, filename: '' });
    ports.at(-1)?.dispatchEvent(event);
  };
  return { factory, crashLatest, started: () => ports.length };
}

const code = 'export const decider = { initialState: () => 0, evolve: (s: number) => s + 1, decide: () => [] };';

test('one crash is replaced by a fresh runner; a second within the window halts, with line and column', async () => {
  let now = 1_000;
  const { factory, crashLatest, started } = crashableWorkers();
  const seen: RestartInfo[] = [];
  const runner = createRunnerWith(factory, { now: () => now, onRestart: (info) => seen.push(info) });
  assert.ok((await runner.load(code)).ok);
  assert.equal(started(), 1);

  crashLatest('Uncaught Error: boom', 7);
  assert.equal(seen.length, 1);
  assert.match(seen[0]?.message ?? '', /stopped unexpectedly at line 7, column 5 of your code: Uncaught Error: boom\. A fresh runner/);
  assert.ok((await runner.ping()).ok, 'the fresh runner answers');
  assert.equal(started(), 2);

  now += CRASH_LOOP_WINDOW_MS - 1;
  crashLatest('Uncaught Error: boom', 7);
  assert.equal(seen.length, 2);
  assert.match(seen[1]?.message ?? '', /stopped twice within a few seconds, so no new runner was started/);
  const refused = await runner.stateAt(0);
  assert.ok(!refused.ok && refused.error.kind === 'crashed' && /stopped twice/.test(refused.error.message));
  assert.equal(started(), 2, 'no third runner was started on its own');

  // New code from the page is the learner's decision to try again.
  assert.ok((await runner.load(code)).ok);
  assert.equal(started(), 3);
  runner.terminate();
});

test('two crashes far apart are two pieces of bad luck, each replaced', async () => {
  let now = 0;
  const { factory, crashLatest, started } = crashableWorkers();
  const runner = createRunnerWith(factory, { now: () => now });
  assert.ok((await runner.load(code)).ok);
  crashLatest('first');
  assert.ok((await runner.ping()).ok);
  now += CRASH_LOOP_WINDOW_MS + 1;
  crashLatest('second');
  assert.ok((await runner.ping()).ok);
  assert.equal(started(), 3);
  runner.terminate();
});
