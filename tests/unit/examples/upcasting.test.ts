/** The upcasting example: old shapes are read as today's, and stored events never change. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createUpcaster, type Event } from '#engine';
import { upcasters, decider } from '../../../playground/examples/upcasting/domain.ts';
import { deepFreeze, loadExample } from './load.ts';

const upcast = createUpcaster(upcasters);

test('version 1 events are raised to the version 2 shape', () => {
  const old: Event = { type: 'MoneyWithdrawn', data: { amount: 89.99 }, metadata: { schemaVersion: 1 } };
  assert.deepEqual(upcast(old), { type: 'MoneyWithdrawn', data: { amountCents: 8999, currency: 'EUR' }, metadata: { schemaVersion: 2 } });
  const opened: Event = { type: 'AccountOpened', data: { owner: 'Ada Lovelace' }, metadata: { schemaVersion: 1 } };
  assert.deepEqual(upcast(opened).data, { holder: 'Ada Lovelace', currency: 'EUR' });
});

test('an old event without schemaVersion counts as version 1 and is raised too', () => {
  assert.deepEqual(upcast({ type: 'MoneyDeposited', data: { amount: 0.1 } }).data, { amountCents: 10, currency: 'EUR' });
});

test('events in today\'s shape pass unchanged, even without a schemaVersion', () => {
  const current: Event = { type: 'MoneyDeposited', data: { amountCents: 17500, currency: 'EUR' } };
  assert.deepEqual(upcast(current).data, current.data);
});

test('the example stream has both versions; reading it leaves the stored events as they were', async () => {
  const example = await loadExample('upcasting');
  const versions = new Set(example.stored.map((e) => e.metadata.schemaVersion));
  assert.deepEqual([...versions].sort(), [1, 2]);
  const before = structuredClone(example.stored);
  const read = deepFreeze(structuredClone(example.stored)).map(upcast);
  assert.deepEqual(example.stored, before);
  for (const event of read) {
    assert.equal(event.metadata?.schemaVersion, 2);
    assert.ok(typeof event.data === 'object' && event.data !== null && !('amount' in event.data), `${event.type} still has euros`);
  }
});

test('the upcast stream folds to an exact balance in cents', async () => {
  const example = await loadExample('upcasting');
  const state = example.events.reduce((s, e) => decider.evolve(s, e as Parameters<typeof decider.evolve>[1]), decider.initialState());
  assert.deepEqual(state, { holder: 'Ada Lovelace', balanceCents: 141122 });
  assert.ok(Number.isInteger(state.balanceCents));
});

test('new events are written as version 2', () => {
  const event = decider.decide({ type: 'DepositMoney', data: { amountCents: 100 } }, { holder: 'Ada Lovelace', balanceCents: 0 });
  assert.equal(Array.isArray(event) ? undefined : event.metadata?.schemaVersion, 2);
});
