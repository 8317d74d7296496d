import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  createInMemoryEventStore,
  createUpcaster,
  schemaVersionOf,
  type Event,
  type Upcaster,
} from '../../../playground/engine/index.ts';

// v1: { amount } in cents as a number; v2: { amount, currency }; v3: { money: { value, currency } }
type DepositV3 = Event<'MoneyDeposited', { money: { value: number; currency: string } }>;

const upcasters: Upcaster[] = [
  {
    eventType: 'MoneyDeposited',
    fromVersion: 1,
    upcast: (event) => {
      const data = event.data as { amount: number };
      return { ...event, data: { amount: data.amount, currency: 'EUR' } };
    },
  },
  {
    eventType: 'MoneyDeposited',
    fromVersion: 2,
    upcast: (event) => {
      const data = event.data as { amount: number; currency: string };
      return { ...event, data: { money: { value: data.amount, currency: data.currency } } };
    },
  },
];

const v1: Event = { type: 'MoneyDeposited', data: { amount: 100 } };
const v2: Event = { type: 'MoneyDeposited', data: { amount: 5, currency: 'SGD' }, metadata: { schemaVersion: 2 } };
const v3: Event = { type: 'MoneyDeposited', data: { money: { value: 7, currency: 'USD' } }, metadata: { schemaVersion: 3 } };

test('upcasters chain v1 -> v2 -> v3 and stamp the version reached', () => {
  const upcast = createUpcaster(upcasters);
  assert.deepEqual(upcast(v1), { type: 'MoneyDeposited', data: { money: { value: 100, currency: 'EUR' } }, metadata: { schemaVersion: 3 } });
  assert.deepEqual(upcast(v2).data, { money: { value: 5, currency: 'SGD' } });
  assert.equal(upcast(v3), v3, 'current events pass through untouched, same object');
  assert.equal(upcast({ type: 'Other', data: 1 }).type, 'Other');
  assert.equal(schemaVersionOf(v1), 1);
  assert.throws(() => createUpcaster([...upcasters, upcasters[0] as Upcaster]), /Two upcasters/);
});

test('reads are upcast; the stored events are never changed', () => {
  const store = createInMemoryEventStore({ upcast: createUpcaster(upcasters) });
  store.appendToStream('BankAccount-1', [v1, v2, v3]);
  const readOnce = store.readStream<DepositV3>('BankAccount-1').events;
  assert.deepEqual(readOnce.map((e) => e.data.money.value), [100, 5, 7]);
  assert.deepEqual(readOnce.map((e) => e.metadata.schemaVersion), [3, 3, 3]);
  assert.deepEqual(readOnce.map((e) => e.metadata.streamVersion), [1, 2, 3], 'store metadata survives upcasting');
  assert.deepEqual(store.readAll<DepositV3>().map((e) => e.data.money.currency), ['EUR', 'SGD', 'USD']);

  // The same store without an upcaster shows what is stored: the original shapes.
  const raw = createInMemoryEventStore();
  raw.appendToStream('BankAccount-1', [v1, v2, v3]);
  const stored = raw.readStream('BankAccount-1').events;
  const storedCopy = JSON.parse(JSON.stringify(stored)) as unknown;
  const upcast = createUpcaster(upcasters);
  for (const event of stored) upcast(event);
  assert.deepEqual(JSON.parse(JSON.stringify(raw.readStream('BankAccount-1').events)), storedCopy, 'upcasting a stored event leaves it as it was');
  assert.deepEqual(stored.map((e) => e.data), [{ amount: 100 }, { amount: 5, currency: 'SGD' }, { money: { value: 7, currency: 'USD' } }]);
  assert.deepEqual(v1, { type: 'MoneyDeposited', data: { amount: 100 } }, "the caller's event object is untouched too");
});

test('in an upcasting store the stored events stay as appended, read after read', () => {
  const store = createInMemoryEventStore({ upcast: createUpcaster(upcasters) });
  store.appendToStream('BankAccount-1', [v1, v2]);
  const storedBefore = store.readStream('BankAccount-1', { upcast: false }).events;
  const snapshot = JSON.stringify(storedBefore);
  for (let i = 0; i < 3; i++) store.readStream('BankAccount-1');
  store.readAll();
  const storedAfter = store.readStream('BankAccount-1', { upcast: false }).events;
  assert.equal(JSON.stringify(storedAfter), snapshot);
  storedAfter.forEach((event, i) => assert.equal(event, storedBefore[i], 'the very same stored objects'));
  assert.deepEqual(storedAfter.map((e) => e.data), [{ amount: 100 }, { amount: 5, currency: 'SGD' }]);
  const first = store.readStream('BankAccount-1').events[0];
  const second = store.readStream('BankAccount-1').events[0];
  assert.notEqual(first, second, 'each read upcasts afresh from the stored fact');
  assert.deepEqual(first, second);
});

test('an upcaster that tries to change the stored event fails instead of rewriting history', () => {
  const sneaky: Upcaster = {
    eventType: 'MoneyDeposited',
    fromVersion: 1,
    upcast: (event) => {
      (event.data as { amount: number }).amount *= 100;
      return event;
    },
  };
  const store = createInMemoryEventStore({ upcast: createUpcaster([sneaky]) });
  // The append itself reads its events back (for subscribers and inline projections), so it fails first.
  assert.throws(() => store.appendToStream('BankAccount-1', [v1]), TypeError);
  assert.equal(store.headPosition(), 0, 'nothing was appended');
  assert.deepEqual(v1.data, { amount: 100 });
});
