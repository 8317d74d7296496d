/** Each example's own rules, as a learner would try them in the playground. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { thenEmits, thenRejected } from './scenario.ts';

test('counter: decrementing below zero is rejected', async () => {
  await thenRejected({ id: 'counter', when: { type: 'Decrement', data: { amount: 1000 } } }, 'Count may not go below zero');
});

test('counter: going past 100 is rejected, up to 100 is fine', async () => {
  await thenRejected({ id: 'counter', when: { type: 'Increment', data: { amount: 37 } } }, 'Count may not exceed 100');
  const state = await thenEmits({ id: 'counter', when: { type: 'Increment', data: { amount: 36 } } }, ['Incremented']);
  assert.deepEqual(state, { count: 100 });
});

test('bank account: withdrawing more than the balance is rejected', async () => {
  await thenRejected({ id: 'bank-account', when: { type: 'WithdrawMoney', data: { amount: 1_000_000, description: 'Cash' } } }, 'Balance may not go below zero');
});

test('bank account: the conflict demo refuses the retry on the new balance', async () => {
  const after = (await thenEmits(
    { id: 'bank-account', when: { type: 'WithdrawMoney', data: { amount: 1500, description: 'Savings transfer' } } },
    ['MoneyWithdrawn'],
  )) as { balance: number };
  assert.ok(after.balance < 950, 'the second withdrawal no longer fits');
});

test('bank account: nothing happens before the account is opened', async () => {
  await thenRejected({ id: 'bank-account', given: 0, when: { type: 'DepositMoney', data: { amount: 10, description: 'x' } } }, 'The account must be open');
});

test('bank account: a non-empty account cannot be closed', async () => {
  await thenRejected({ id: 'bank-account', when: { type: 'CloseAccount', data: { reason: 'Moving' } } }, 'Only an empty account can be closed');
});

test('paydirekt: capturing more than is authorized is rejected', async () => {
  await thenRejected({ id: 'paydirekt-payment', when: { type: 'CapturePayment', data: { captureId: 'C-12', amount: 101 } } }, 'Captures may not exceed the authorized amount');
  await thenEmits({ id: 'paydirekt-payment', when: { type: 'CapturePayment', data: { captureId: 'C-12', amount: 100 } } }, ['PaymentCaptured']);
});

test('paydirekt: refunds may not exceed the captured amount', async () => {
  await thenRejected({ id: 'paydirekt-payment', when: { type: 'RefundPayment', data: { amount: 5000, reason: 'Goodwill' } } }, 'Refunds may not exceed what was captured');
});

test('paydirekt: the address is fixed once goods ship', async () => {
  await thenRejected(
    { id: 'paydirekt-payment', when: { type: 'ChangeShippingAddress', data: { street: 'A', postcode: '1', city: 'B' } } },
    'The address is fixed once goods ship',
  );
});

test('paydirekt: the audit trail names who changed the address and when', async () => {
  const { loadExample } = await import('./load.ts');
  const example = await loadExample('paydirekt-payment');
  const audit = example.projections.find((p) => p.name === 'Audit trail');
  assert.ok(audit);
  const entries = example.events.reduce((v, e) => audit.evolve(v, e), audit.initialState()) as Array<{ by: string; what: string }>;
  const changes = entries.filter((e) => e.what.startsWith('ShippingAddressChanged'));
  assert.deepEqual(changes.map((e) => e.by), ['buyer:jana.becker', 'buyer:jana.becker', 'support:t.wagner']);
});
