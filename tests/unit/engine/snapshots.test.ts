import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  FoldError,
  createRandom,
  createSnapshottedStream,
  evolveAccount,
  fold,
  generateBankStream,
  initialAccount,
  type Account,
  type BankEvent,
} from '../../../playground/engine/index.ts';

test('state at k from snapshots equals the full fold, for random k on random streams', () => {
  const random = createRandom(20240101);
  for (let iteration = 0; iteration < 60; iteration++) {
    const count = random.int(0, 3000);
    const every = random.int(1, 400);
    const events = generateBankStream({ seed: random.int(1, 1e9), count, closeChance: 0.3 });
    const stream = createSnapshottedStream(evolveAccount, initialAccount(), events, { every, protection: random.pick(['freeze', 'clone', 'none'] as const) });
    assert.equal(stream.length, count);
    for (let probe = 0; probe < 10; probe++) {
      const k = random.int(0, count);
      const expected = fold(evolveAccount, initialAccount(), events.slice(0, k));
      assert.deepEqual(stream.stateAt(k), expected, `iteration ${iteration}, every ${every}, k ${k} of ${count}`);
      assert.ok(stream.lastEventsRead <= every - 1, 'at most N - 1 evolve calls per query');
    }
    assert.deepEqual(stream.current(), fold(evolveAccount, initialAccount(), events));
  }
});

test('eventsRead counts evolve calls made by queries; snapshotCount follows N', () => {
  const events = generateBankStream({ seed: 5, count: 1000 });
  const stream = createSnapshottedStream(evolveAccount, initialAccount(), events, { every: 100 });
  assert.equal(stream.snapshotCount, 11, 'at 0, 100, ..., 1000');
  stream.stateAt(250);
  assert.equal(stream.lastEventsRead, 50);
  stream.stateAt(300);
  assert.equal(stream.lastEventsRead, 0, 'a snapshot hit reads nothing');
  stream.stateAt(999);
  assert.equal(stream.eventsRead, 50 + 0 + 99);
});

test('appending in pieces gives the same answers as one fold', () => {
  const events = generateBankStream({ seed: 9, count: 777 });
  const whole = createSnapshottedStream(evolveAccount, initialAccount(), events, { every: 50 });
  const pieces = createSnapshottedStream<Account, BankEvent>(evolveAccount, initialAccount(), [], { every: 50 });
  for (let i = 0; i < events.length; i += 33) pieces.append(events.slice(i, i + 33));
  assert.equal(pieces.length, 777);
  assert.equal(pieces.snapshotCount, whole.snapshotCount);
  for (const k of [0, 1, 49, 50, 51, 333, 776, 777]) assert.deepEqual(pieces.stateAt(k), whole.stateAt(k));
});

test('k outside 0..length is a RangeError', () => {
  const stream = createSnapshottedStream(evolveAccount, initialAccount(), generateBankStream({ seed: 1, count: 5 }));
  assert.throws(() => stream.stateAt(6), RangeError);
  assert.throws(() => stream.stateAt(-1), RangeError);
  assert.throws(() => stream.stateAt(1.5), RangeError);
});

type Counter = { total: number };
const events = Array.from({ length: 10 }, (_, i): { type: 'Added'; data: number } => ({ type: 'Added', data: i }));
const mutatingEvolve = (state: Counter, event: { type: 'Added'; data: number }): Counter => {
  state.total += event.data; // the mistake: changes the state it was given
  return state;
};

test("freeze (default): a mutating evolve fails at once, naming the event, instead of corrupting snapshots", () => {
  assert.throws(
    () => createSnapshottedStream(mutatingEvolve, { total: 0 }, events, { every: 4 }),
    (error: unknown) => error instanceof FoldError && error.eventIndex === 0 && error.cause instanceof TypeError,
  );
});

test('clone: even a mutating evolve gives right answers, snapshots stay apart', () => {
  const stream = createSnapshottedStream(mutatingEvolve, { total: 0 }, events, { every: 4, protection: 'clone' });
  const totals = [0, 0, 1, 3, 6, 10, 15, 21, 28, 36, 45]; // state after k events of data 0..9
  for (const k of [0, 3, 4, 5, 8, 9, 10, 4, 0]) assert.deepEqual(stream.stateAt(k), { total: totals[k] }, `k ${k}`);
});

test('a throwing evolve during build names the stream index; the stream keeps what folded cleanly', () => {
  const evolve = (state: number, event: { type: 'Added'; data: number }): number => {
    if (event.data === 7) throw new Error('seven');
    return state + event.data;
  };
  const stream = createSnapshottedStream<number, { type: 'Added'; data: number }>(evolve, 0, events.slice(0, 5), { every: 3 });
  assert.throws(() => stream.append(events.slice(5)), (error: unknown) => error instanceof FoldError && error.eventIndex === 7);
  assert.equal(stream.length, 6, 'up to the last snapshot boundary before the failure');
  assert.equal(stream.stateAt(6), 0 + 1 + 2 + 3 + 4 + 5);
});

test('a state that cannot be cloned is reported as a FoldError at the snapshot boundary', () => {
  const evolve = (state: { f?: () => void }, event: { type: 'Added'; data: number }) =>
    event.data === 2 ? { f: () => undefined } : state;
  assert.throws(
    () => createSnapshottedStream(evolve, {}, events, { every: 4, protection: 'clone' }),
    (error: unknown) => error instanceof FoldError && error.eventIndex === 3 && error.source === 'snapshot',
  );
});
