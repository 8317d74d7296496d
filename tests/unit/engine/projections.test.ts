import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  FoldError,
  balancesProjection,
  createAsyncProjection,
  createInMemoryEventStore,
  createManualClock,
  generateBankLog,
  project,
  type BankEvent,
  type EventStore,
  type Projection,
  type ProjectionStatus,
  type RebuildProgress,
} from '../../../playground/engine/index.ts';

const deposit = (amount: number): BankEvent => ({ type: 'MoneyDeposited', data: { amount } });
const opened: BankEvent = { type: 'AccountOpened', data: { accountId: '1', owner: 'Ada' } };

/** Counts events per type; handles only two types, to show canHandle filtering. */
const counts: Projection<Readonly<Record<string, number>>, BankEvent> = {
  name: 'counts',
  canHandle: ['MoneyDeposited', 'MoneyWithdrawn'],
  initialState: () => ({}),
  evolve: (view, event) => ({ ...view, [event.type]: (view[event.type] ?? 0) + 1 }),
};

function fill(store: EventStore, seed: number, count: number): void {
  for (const { streamName, event } of generateBankLog({ seed, count, accounts: 4 })) {
    store.appendToStream(streamName, [event]);
  }
}

test('project folds only the events the projection can handle', () => {
  const view = project(counts, [opened, deposit(1), deposit(2), { type: 'MoneyWithdrawn', data: { amount: 1 } }]);
  assert.deepEqual(view, { MoneyDeposited: 2, MoneyWithdrawn: 1 });
});

test('project names the projection and event when evolve throws', () => {
  const broken: Projection<number, BankEvent> = { ...counts, name: 'broken', initialState: () => 0, evolve: () => { throw new Error('nope'); } };
  assert.throws(() => project(broken, [opened, deposit(1)]), (error: unknown) =>
    error instanceof FoldError && error.eventIndex === 1 && error.eventType === 'MoneyDeposited' && error.source === 'projection broken');
});

test('an inline projection is updated in the same append', () => {
  const store = createInMemoryEventStore({ inlineProjections: [balancesProjection] });
  store.appendToStream('BankAccount-1', [opened, deposit(40)]);
  assert.deepEqual(store.view(balancesProjection), { 'BankAccount-1': 40 });
  store.appendToStream('BankAccount-2', [opened]);
  assert.deepEqual(store.view(balancesProjection), { 'BankAccount-1': 40, 'BankAccount-2': 0 });
  assert.throws(() => store.view(counts), /No inline projection named "counts"/);
});

test('if an inline projection throws, the append does not happen', () => {
  const picky: Projection<number, BankEvent> = {
    name: 'picky', canHandle: ['MoneyDeposited'], initialState: () => 0,
    evolve: (total, event) => {
      if (event.type === 'MoneyDeposited' && event.data.amount > 100) throw new Error('too much');
      return total + 1;
    },
  };
  const store = createInMemoryEventStore({ inlineProjections: [picky] });
  store.appendToStream('BankAccount-1', [opened, deposit(10)]);
  assert.throws(() => store.appendToStream('BankAccount-1', [deposit(5), deposit(500)]), FoldError);
  assert.equal(store.headPosition(), 2);
  assert.equal(store.view(picky), 1);
});

test('an async projection lagging by N events reports fellBehind with the lag, then catches up', () => {
  const store = createInMemoryEventStore();
  const statuses: ProjectionStatus[] = [];
  const async = createAsyncProjection(store, balancesProjection, { lagEvents: 2 });
  async.onStatus((status) => statuses.push(status));
  assert.deepEqual(async.status(), { status: 'caughtUp', checkpoint: 0, head: 0, lag: 0 });
  store.appendToStream('BankAccount-1', [opened, deposit(10), deposit(20), deposit(30)]);
  assert.deepEqual(async.status(), { status: 'fellBehind', checkpoint: 2, head: 4, lag: 2 });
  assert.deepEqual(async.view(), { 'BankAccount-1': 10 }, 'it answers with what it knew two events ago');
  assert.equal(async.catchUp(1), 1, 'step by step');
  assert.equal(async.status().checkpoint, 3);
  assert.equal(async.catchUp(), 1);
  assert.deepEqual(async.status(), { status: 'caughtUp', checkpoint: 4, head: 4, lag: 0 });
  assert.deepEqual(async.view(), { 'BankAccount-1': 60 });
  assert.equal(async.catchUp(), 0, 'nothing left');
  assert.deepEqual(statuses.map((s) => s.status), ['fellBehind', 'fellBehind', 'caughtUp']);
});

test('an async projection can lag in simulated time', () => {
  const clock = createManualClock(Date.UTC(2024, 0, 1));
  const store = createInMemoryEventStore({ clock });
  const async = createAsyncProjection(store, counts, { lagMs: 5000, clock });
  store.appendToStream('BankAccount-1', [opened, deposit(1)]);
  assert.equal(async.status().status, 'fellBehind');
  clock.advance(3000);
  store.appendToStream('BankAccount-1', [deposit(2)]);
  assert.equal(async.pump(), 0, 'nothing is 5 s old yet');
  clock.advance(2000);
  assert.equal(async.pump(), 2, 'the first append is now 5 s old');
  assert.deepEqual(async.status(), { status: 'fellBehind', checkpoint: 2, head: 3, lag: 1 });
  clock.advance(3000);
  assert.equal(async.pump(), 1);
  assert.equal(async.status().status, 'caughtUp');
});

test('auto: false moves only on catchUp; stop() detaches from the store', () => {
  const store = createInMemoryEventStore();
  const manual = createAsyncProjection(store, counts, { auto: false });
  const auto = createAsyncProjection(store, counts);
  store.appendToStream('BankAccount-1', [deposit(1)]);
  assert.equal(manual.status().lag, 1);
  assert.equal(auto.status().lag, 0);
  auto.stop();
  store.appendToStream('BankAccount-1', [deposit(1)]);
  assert.equal(auto.status().lag, 1);
});

test('a rebuilt async projection equals the inline one (seeded random logs)', () => {
  for (const seed of [1, 2, 3, 42, 1234]) {
    const store = createInMemoryEventStore({ inlineProjections: [balancesProjection, counts] });
    const async = createAsyncProjection(store, balancesProjection, { lagEvents: 7 });
    fill(store, seed, 300 + seed);
    assert.notDeepEqual(async.view(), store.view(balancesProjection), 'lagging, so different before the rebuild');
    const progress: RebuildProgress[] = [];
    const rebuilt = async.rebuild((p) => progress.push(p), 100);
    assert.deepEqual(rebuilt, store.view(balancesProjection), `seed ${seed}`);
    assert.deepEqual(async.status().status, 'caughtUp');
    const total = store.headPosition();
    assert.deepEqual(progress[0], { processed: 0, total });
    assert.deepEqual(progress.at(-1), { processed: total, total });
    assert.equal(progress.length, Math.ceil(total / 100) + 1);
    assert.deepEqual(project(counts, store.readAll()), store.view(counts), 'pure project agrees too');
  }
});

test('reset goes back to the initial view and checkpoint 0', () => {
  const store = createInMemoryEventStore();
  const async = createAsyncProjection(store, counts);
  store.appendToStream('BankAccount-1', [deposit(1)]);
  async.reset();
  assert.deepEqual(async.view(), {});
  assert.deepEqual(async.status(), { status: 'fellBehind', checkpoint: 0, head: 1, lag: 1 });
});
