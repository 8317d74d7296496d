// The one "latest request wins" loop: a drag asks for a few moments, never queues them all, ends on the last.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createMomentFeed, type Fetched } from '../../../src/components/moment/feed.ts';
import type { RunnerError } from '../../../playground/runner/protocol.ts';

/** A runner stand-in whose answers the test releases one by one. */
function gatedRunner() {
  const asked: number[] = [];
  const gates: Array<(reply: Fetched<string>) => void> = [];
  return {
    asked,
    fetch(position: number): Promise<Fetched<string>> {
      asked.push(position);
      return new Promise((resolve) => gates.push(resolve));
    },
    answer(reply: (position: number) => Fetched<string>) {
      const gate = gates.shift();
      assert.ok(gate, 'a request is waiting');
      gate(reply(asked[asked.length - gates.length - 1] ?? -1));
    },
  };
}
const moment = (position: number): Fetched<string> => ({ ok: true, moment: `moment ${position}` });
const tick = () => new Promise((resolve) => setImmediate(resolve));

test('moves made while the worker answers collapse to the latest; every answer drawn is in order', async () => {
  const runner = gatedRunner();
  const drawn: string[] = [];
  const feed = createMomentFeed<number, string>({ fetch: (p) => runner.fetch(p), draw: (m) => drawn.push(m), onError: () => assert.fail('no error') });
  const done = feed.want(1);
  for (const p of [2, 3, 4, 5]) void feed.want(p);
  assert.deepEqual(runner.asked, [1], 'one request in flight');
  runner.answer(moment);
  await tick();
  assert.deepEqual(runner.asked, [1, 5], 'then only the latest wanted, not 2, 3 and 4');
  runner.answer(moment);
  await done;
  assert.deepEqual(drawn, ['moment 1', 'moment 5']);
});

test('an answer about a stream that was reset, or after stop, is dropped', async () => {
  const runner = gatedRunner();
  const drawn: string[] = [];
  const feed = createMomentFeed<number, string>({ fetch: (p) => runner.fetch(p), draw: (m) => drawn.push(m), onError: () => assert.fail('no error') });
  const first = feed.want(7);
  feed.reset();
  runner.answer(moment);
  await first;
  assert.deepEqual(drawn, [], 'the old stream’s answer is not drawn');
  const second = feed.want(8);
  feed.stop();
  runner.answer(moment);
  await second;
  await feed.want(9);
  assert.deepEqual(drawn, []);
  assert.deepEqual(runner.asked, [7, 8], 'nothing is asked after stop');
});

test('a stale reply is silent; other errors are reported; a throwing fetch does not stop the loop', async () => {
  const errors: RunnerError[] = [];
  const drawn: string[] = [];
  const replies: Array<() => Promise<Fetched<string>>> = [
    async () => ({ ok: false, error: { kind: 'stale', message: 'A newer request replaced this one.' } }),
    async () => ({ ok: false, error: { kind: 'runtime', message: 'evolve threw' } }),
    async () => {
      throw new Error('worker gone');
    },
    async () => moment(4),
  ];
  const feed = createMomentFeed<number, string>({ fetch: () => replies.shift()!(), draw: (m) => drawn.push(m), onError: (e) => errors.push(e) });
  for (const p of [1, 2, 3, 4]) await feed.want(p);
  assert.deepEqual(errors.map((e) => e.kind), ['runtime', 'crashed']);
  assert.deepEqual(drawn, ['moment 4']);
  await feed.idle();
});
