// The "running saved code" mark is up exactly while a runner call on the
// learner's saved code is in flight, and any answer takes it down.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { guardRunner, runningKey, wasRunning } from '../../../src/components/playground/crash-mark.ts';
import type { Runner } from '../../../src/components/playground/runner-port.ts';
import type { KeyValueStore } from '../../../src/components/playground/saved-edits.ts';
import type { LoadResult } from '../../../playground/runner/protocol.ts';

function memoryStore(): KeyValueStore {
  const map = new Map<string, string>();
  return { getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v), removeItem: (k) => void map.delete(k) };
}

/** A runner whose load answers only when the test says so. */
function heldRunner(): { runner: Runner; answer: (result: LoadResult) => void } {
  const waiting: ((result: LoadResult) => void)[] = [];
  const never = (): Promise<never> => new Promise(() => undefined);
  const runner = {
    load: () => new Promise<LoadResult>((resolve) => waiting.push(resolve)),
    setEvents: never, stateAt: never, momentAt: never, eventsPage: never, projectionsAt: never, rebuildProjection: never, runCommand: never,
  } as unknown as Runner;
  return { runner, answer: (result) => waiting.shift()?.(result) };
}

const timedOut = { ok: false, error: { kind: 'timeout', message: 'Stopped after 5 s' } } as unknown as LoadResult;

test('the mark is up while saved code runs, and an error answer (the watchdog) clears it', async () => {
  const store = memoryStore();
  const { runner, answer } = heldRunner();
  const guarded = guardRunner(runner, store, () => 'counter');
  const first = guarded.load('code');
  const second = guarded.load('code');
  assert.equal(wasRunning(store, 'counter'), true);
  answer(timedOut);
  await first;
  assert.equal(wasRunning(store, 'counter'), true, 'one call is still in flight');
  answer(timedOut);
  await second;
  assert.equal(wasRunning(store, 'counter'), false);
});

test('code that is not the learner\'s saved code (a shared version) sets no mark', async () => {
  const store = memoryStore();
  const { runner, answer } = heldRunner();
  const call = guardRunner(runner, store, () => null).load('code');
  assert.equal(store.getItem(runningKey('counter')), null);
  answer(timedOut);
  await call;
});

test('storage that throws loses the mark, not the run', async () => {
  const broken: KeyValueStore = {
    getItem: () => {
      throw new Error('blocked');
    },
    setItem: () => {
      throw new Error('blocked');
    },
    removeItem: () => {
      throw new Error('blocked');
    },
  };
  const { runner, answer } = heldRunner();
  const call = guardRunner(runner, broken, () => 'counter').load('code');
  answer(timedOut);
  assert.deepEqual(await call, timedOut);
  assert.equal(wasRunning(broken, 'counter'), false);
});
