import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateBankAccountStream } from '../../../playground/examples/generate.ts';
import { decider } from '../../../playground/examples/bank-account/domain.ts';

test('the long stream is seeded: same seed, same events; other seed, other events', () => {
  const a = generateBankAccountStream({ count: 500, seed: 7 });
  assert.deepEqual(generateBankAccountStream({ count: 500, seed: 7 }), a);
  assert.notDeepEqual(generateBankAccountStream({ count: 500, seed: 8 }), a);
});

test('10,000 events: exact count, ordered in time, with who and where, never overdrawn', () => {
  const events = generateBankAccountStream({ count: 10_000 });
  assert.equal(events.length, 10_000);
  let state = decider.initialState();
  let previous = '';
  for (const [index, event] of events.entries()) {
    assert.equal(event.metadata.streamName, 'BankAccount-1042');
    assert.ok(event.metadata.by.length > 0);
    assert.ok(event.metadata.occurredAt > previous, `event ${index} is not later`);
    previous = event.metadata.occurredAt;
    // Every event is one the decider would have accepted at that point.
    if (event.type === 'MoneyWithdrawn' || event.type === 'MoneyDeposited') {
      const data = event.data as { amount: number; description: string };
      const type = event.type === 'MoneyWithdrawn' ? 'WithdrawMoney' : 'DepositMoney';
      assert.doesNotThrow(() => decider.decide({ type, data }, state), `event ${index}`);
    }
    state = decider.evolve(state, event as Parameters<typeof decider.evolve>[1]);
  }
  assert.ok(state.balance >= 0);
});

test('100,000 events fold cleanly', () => {
  const events = generateBankAccountStream({ count: 100_000, seed: 1 });
  assert.equal(events.length, 100_000);
  const state = events.reduce((s, e) => decider.evolve(s, e as Parameters<typeof decider.evolve>[1]), decider.initialState());
  assert.equal(state.status, 'open');
  assert.ok(events.at(-1)!.metadata.occurredAt.startsWith('20'));
});
