import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  ExpectedVersionConflictError,
  InvalidStreamNameError,
  NO_CONCURRENCY_CHECK,
  STREAM_DOES_NOT_EXIST,
  STREAM_EXISTS,
  createInMemoryEventStore,
  createTickingClock,
  evolveAccount,
  fromKurrentExpectedRevision,
  initialAccount,
  isValidStreamName,
  parseStreamName,
  toKurrentExpectedRevision,
  toStreamName,
  type BankEvent,
  type RecordedEvent,
} from '../../../playground/engine/index.ts';

const opened: BankEvent = { type: 'AccountOpened', data: { accountId: '1', owner: 'Ada' } };
const deposit = (amount: number): BankEvent => ({ type: 'MoneyDeposited', data: { amount } });
const start = Date.UTC(2024, 0, 1);

test('stream names are category-id; the id may contain dashes', () => {
  assert.deepEqual(parseStreamName('CustomerOrder-123456789'), { category: 'CustomerOrder', id: '123456789' });
  assert.deepEqual(parseStreamName('BankAccount-6f1c-42'), { category: 'BankAccount', id: '6f1c-42' });
  assert.equal(toStreamName('BankAccount', 42), 'BankAccount-42');
  for (const bad of ['', 'BankAccount', '-42', 'BankAccount-', 'Bank Account-1', 'a-b c']) {
    assert.equal(isValidStreamName(bad), false, bad);
    assert.throws(() => parseStreamName(bad), InvalidStreamNameError);
  }
  assert.throws(() => toStreamName('Bank-Account', 1), InvalidStreamNameError);
  const store = createInMemoryEventStore();
  assert.throws(() => store.appendToStream('nodash', [opened]), InvalidStreamNameError);
});

test('append stamps streamName, streamVersion, globalPosition and recordedAt from the clock', () => {
  const store = createInMemoryEventStore({ clock: createTickingClock(start, 1000) });
  const first = store.appendToStream('BankAccount-1', [opened, deposit(10)]);
  assert.deepEqual(first, { nextExpectedStreamVersion: 2, lastEventGlobalPosition: 2, createdNewStream: true });
  store.appendToStream('BankAccount-2', [{ ...opened, metadata: { by: 'teller-7', schemaVersion: 1 } }]);
  const third = store.appendToStream('BankAccount-1', [deposit(5)]);
  assert.deepEqual(third, { nextExpectedStreamVersion: 3, lastEventGlobalPosition: 4, createdNewStream: false });
  const { events, currentStreamVersion, streamExists } = store.readStream('BankAccount-1');
  assert.equal(currentStreamVersion, 3);
  assert.equal(streamExists, true);
  assert.deepEqual(events.map((e) => e.metadata), [
    { streamName: 'BankAccount-1', streamVersion: 1, globalPosition: 1, recordedAt: '2024-01-01T00:00:00.000Z' },
    { streamName: 'BankAccount-1', streamVersion: 2, globalPosition: 2, recordedAt: '2024-01-01T00:00:00.000Z' },
    { streamName: 'BankAccount-1', streamVersion: 3, globalPosition: 4, recordedAt: '2024-01-01T00:00:02.000Z' },
  ]);
  const other = store.readStream('BankAccount-2').events[0];
  assert.equal(other?.metadata.by, 'teller-7', 'caller metadata is kept');
  assert.equal(other?.metadata.globalPosition, 3);
});

test('expected versions: does-not-exist, exists, any, exact', () => {
  const store = createInMemoryEventStore();
  assert.throws(() => store.appendToStream('A-1', [opened], { expectedStreamVersion: STREAM_EXISTS }), ExpectedVersionConflictError);
  store.appendToStream('A-1', [opened], { expectedStreamVersion: STREAM_DOES_NOT_EXIST });
  assert.throws(() => store.appendToStream('A-1', [deposit(1)], { expectedStreamVersion: STREAM_DOES_NOT_EXIST }), ExpectedVersionConflictError);
  store.appendToStream('A-1', [deposit(1)], { expectedStreamVersion: STREAM_EXISTS });
  store.appendToStream('A-1', [deposit(1)], { expectedStreamVersion: NO_CONCURRENCY_CHECK });
  store.appendToStream('A-1', [deposit(1)], { expectedStreamVersion: 3 });
  store.appendToStream('A-2', [opened], { expectedStreamVersion: 0 });
  assert.equal(store.streamVersion('A-1'), 4);
});

test('a stale expected version is a conflict naming stream, expected and actual; nothing is appended', () => {
  const store = createInMemoryEventStore();
  const { nextExpectedStreamVersion } = store.appendToStream('BankAccount-1', [opened]);
  store.appendToStream('BankAccount-1', [deposit(10)]); // someone else wrote meanwhile
  assert.throws(
    () => store.appendToStream('BankAccount-1', [deposit(99)], { expectedStreamVersion: nextExpectedStreamVersion }),
    (error: unknown) => {
      assert.ok(error instanceof ExpectedVersionConflictError);
      assert.equal(error.streamName, 'BankAccount-1');
      assert.equal(error.expected, 1);
      assert.equal(error.actual, 2);
      assert.match(error.message, /Expected version 1 of stream "BankAccount-1" but it is at version 2/);
      return true;
    },
  );
  assert.equal(store.streamVersion('BankAccount-1'), 2);
  assert.equal(store.headPosition(), 2);
});

test('Emmett versions map to KurrentDB revisions and back', () => {
  assert.equal(toKurrentExpectedRevision(STREAM_DOES_NOT_EXIST), 'no_stream');
  assert.equal(toKurrentExpectedRevision(0), 'no_stream');
  assert.equal(toKurrentExpectedRevision(1), 0, 'one event: revision 0, the index of the last event');
  assert.equal(toKurrentExpectedRevision(NO_CONCURRENCY_CHECK), 'any');
  assert.equal(toKurrentExpectedRevision(STREAM_EXISTS), 'stream_exists');
  for (const v of [STREAM_DOES_NOT_EXIST, STREAM_EXISTS, NO_CONCURRENCY_CHECK, 1, 5] as const) {
    assert.equal(fromKurrentExpectedRevision(toKurrentExpectedRevision(v)), v);
  }
});

test('readStream ranges are 1-based and inclusive; readAll reads the global log by position', () => {
  const store = createInMemoryEventStore();
  store.appendToStream('BankAccount-1', [opened, deposit(1), deposit(2), deposit(3)]);
  store.appendToStream('BankAccount-2', [opened]);
  const range = store.readStream('BankAccount-1', { from: 2, to: 3 }).events.map((e) => e.metadata.streamVersion);
  assert.deepEqual(range, [2, 3]);
  assert.equal(store.readStream('BankAccount-1', { to: 0 }).events.length, 0);
  assert.equal(store.readStream('BankAccount-1', { from: 9 }).events.length, 0);
  assert.deepEqual(store.readStream('Nope-1'), { events: [], currentStreamVersion: 0, streamExists: false });
  assert.deepEqual(store.readAll({ from: 4 }).map((e) => [e.metadata.globalPosition, e.metadata.streamName]), [
    [4, 'BankAccount-1'],
    [5, 'BankAccount-2'],
  ]);
  assert.equal(store.headPosition(), 5);
  assert.deepEqual(store.streamNames(), ['BankAccount-1', 'BankAccount-2']);
  assert.deepEqual(store.streamNames('Other'), []);
});

test('aggregateStream folds the stream; read.to gives the state at k', () => {
  const store = createInMemoryEventStore();
  store.appendToStream('BankAccount-1', [opened, deposit(10), deposit(20), deposit(30)]);
  const all = store.aggregateStream('BankAccount-1', { evolve: evolveAccount, initialState: initialAccount });
  assert.equal(all.state.status === 'open' && all.state.balance, 60);
  assert.equal(all.currentStreamVersion, 4);
  assert.equal(all.eventsRead, 4);
  const atTwo = store.aggregateStream('BankAccount-1', { evolve: evolveAccount, initialState: initialAccount, read: { to: 2 } });
  assert.equal(atTwo.state.status === 'open' && atTwo.state.balance, 10);
  assert.equal(atTwo.currentStreamVersion, 4, 'the version for the next append is the whole stream');
  const none = store.aggregateStream('BankAccount-9', { evolve: evolveAccount, initialState: initialAccount });
  assert.deepEqual(none, { state: initialAccount(), currentStreamVersion: 0, streamExists: false, eventsRead: 0 });
});

test('stored events are frozen copies: neither the caller nor a reader can change them', () => {
  const store = createInMemoryEventStore();
  const mine = { type: 'MoneyDeposited', data: { amount: 10 } } satisfies BankEvent;
  store.appendToStream('BankAccount-1', [mine]);
  mine.data.amount = 999; // the caller's object is still theirs
  const [read] = store.readStream<BankEvent>('BankAccount-1').events;
  assert.ok(read && read.type === 'MoneyDeposited');
  assert.equal(read.data.amount, 10);
  assert.ok(Object.isFrozen(read) && Object.isFrozen(read.data) && Object.isFrozen(read.metadata));
  assert.throws(() => {
    (read.data as { amount: number }).amount = 1;
  }, TypeError);
});

test('subscribers hear each append once, with the recorded events, and can unsubscribe', () => {
  const store = createInMemoryEventStore();
  const heard: RecordedEvent[][] = [];
  const stop = store.subscribe((events) => heard.push([...events]));
  store.appendToStream('BankAccount-1', [opened, deposit(1)]);
  store.appendToStream('BankAccount-1', []);
  stop();
  store.appendToStream('BankAccount-1', [deposit(2)]);
  assert.equal(heard.length, 1);
  assert.deepEqual(heard[0]?.map((e) => e.metadata.globalPosition), [1, 2]);
});
