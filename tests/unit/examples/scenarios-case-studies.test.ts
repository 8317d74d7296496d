/** The case studies' own rules, as a learner or a live demo would try them. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { thenEmits, thenRejected } from './scenario.ts';

test('billy: posting into a closed month is rejected', async () => {
  await thenRejected(
    { id: 'billy-ledger', when: { type: 'RecordSale', data: { date: '2016-02-20', customer: 'Late invoice', netAmount: 1000, vat: 'with 25% VAT' } } },
    'A closed period cannot be posted to',
  );
});

test('billy: a sale with VAT posts three balanced lines', async () => {
  const state = (await thenEmits(
    { id: 'billy-ledger', given: 0, when: { type: 'RecordSale', data: { date: '2016-01-02', customer: 'A', netAmount: 1000, vat: 'with 25% VAT' } } },
    ['TransactionPosted'],
  )) as { balances: Record<string, number> };
  assert.deepEqual(state.balances, { '1000': 1250, '2000': -1000, '6000': -250 });
});

test('billy: the duplicate is reversed once, not twice', async () => {
  await thenRejected({ id: 'billy-ledger', when: { type: 'ReverseTransaction', data: { transactionId: 'T-7', date: '2016-03-31', reason: 'again' } } }, 'A transaction is reversed once');
});

test('jet: the cart cannot change after checkout', async () => {
  await thenRejected({ id: 'jet-cart', when: { type: 'AddItem', data: { sku: 'JET-X', name: 'x', unitPrice: 1, quantity: 1 } } }, 'The cart changes only before checkout');
});

test('jet: checking out an empty cart is rejected', async () => {
  await thenRejected({ id: 'jet-cart', given: 0, when: { type: 'PlaceOrder', data: { shipTo: 'Hoboken' } } }, 'An empty cart cannot be checked out');
});

test('jet: an item ships in one parcel only', async () => {
  await thenRejected(
    { id: 'jet-cart', when: { type: 'ScanParcel', data: { parcel: 'P4', skus: 'JET-COF-0412', scanned_by: 'x', dock: 'D1' } } },
    'Each item ships in exactly one parcel',
  );
});

test('jet: a parcel id is scanned once, so a delivered parcel cannot be reopened and its items packed again', async () => {
  await thenRejected(
    { id: 'jet-cart', when: { type: 'ScanParcel', data: { parcel: 'P1', skus: 'JET-COF-0412', scanned_by: 'x', dock: 'D1' } } },
    'A parcel is scanned once',
  );
});

test('octopus: the trigger deploys the current release to the machine that came back', async () => {
  const state = (await thenEmits({ id: 'octopus-deploy', when: { type: 'RunAutoDeployTrigger', data: {} } }, ['DeploymentStarted'])) as {
    machines: Record<string, { deploying: string }>;
  };
  assert.equal(state.machines['web-04']?.deploying, '2.5.0');
});

test('octopus: a machine that goes unavailable leaves the trigger nothing to do', async () => {
  const { loadExample, fold } = await import('./load.ts');
  const example = await loadExample('octopus-deploy');
  let state = fold(example);
  for (const event of [example.decider.decide({ type: 'ReportHealth', data: { machine: 'web-04', result: 'unavailable', detail: '' } }, state)].flat()) {
    state = example.decider.evolve(state, event);
  }
  assert.deepEqual(example.decider.decide({ type: 'RunAutoDeployTrigger', data: {} }, state), []);
});

test('octopus: finishing a deployment that is not running is rejected', async () => {
  await thenRejected({ id: 'octopus-deploy', when: { type: 'FinishDeployment', data: { machine: 'web-01', outcome: 'succeeded', detail: '' } } }, 'Only a running deployment can finish');
});

test('ticketfly: the race for the last seat: the loser is refused after the winner holds it', async () => {
  const { loadExample, fold } = await import('./load.ts');
  const example = await loadExample('ticketfly-seats');
  const demo = example.meta.conflictDemo;
  assert.ok(demo);
  const state = fold(example);
  const won = [example.decider.decide(demo.command, state)].flat().reduce((s, e) => example.decider.evolve(s, e), state);
  assert.throws(() => example.decider.decide(demo.otherCommand, won), { invariant: 'A seat is held by one buyer at a time' });
});

test('ticketfly: a sold seat stays sold, and only its holder can buy a held seat', async () => {
  await thenRejected({ id: 'ticketfly-seats', when: { type: 'BuySeat', data: { seat: 'A2', buyer: 'maria.g', orderId: 'x' } } }, 'A sold seat stays sold');
  await thenRejected({ id: 'ticketfly-seats', given: 2, when: { type: 'BuySeat', data: { seat: 'A2', buyer: 'jt88', orderId: 'x' } } }, 'Only the buyer holding a seat can buy it');
});

test('ticketfly: a fifth seat for one buyer is rejected', async () => {
  const { loadExample, fold } = await import('./load.ts');
  const { decider } = await loadExample('ticketfly-seats');
  const example = await loadExample('ticketfly-seats');
  let state = fold(example, 1); // the on-sale has just started: every seat is free
  for (const seat of ['A1', 'A2', 'A3', 'A4']) {
    state = [decider.decide({ type: 'HoldSeat', data: { seat, buyer: 'scalper' } }, state)].flat().reduce((s, e) => decider.evolve(s, e), state);
  }
  assert.throws(() => decider.decide({ type: 'HoldSeat', data: { seat: 'B1', buyer: 'scalper' } }, state), { invariant: 'At most 4 seats per buyer' });
});

test('yammer: only the author edits a message', async () => {
  await thenRejected({ id: 'yammer-feed', when: { type: 'EditMessage', data: { messageId: 'msg-10', user: 'tom.baker', body: 'hi' } } }, 'Only the author edits or deletes a message');
});

test('yammer: a deleted message cannot be liked; a like counts once', async () => {
  await thenRejected({ id: 'yammer-feed', when: { type: 'LikeMessage', data: { messageId: 'msg-9', user: 'tom.baker' } } }, 'Deleted messages cannot change');
  await thenRejected({ id: 'yammer-feed', when: { type: 'LikeMessage', data: { messageId: 'msg-10', user: 'tom.baker' } } }, 'A member likes a message once');
});

test('capital match: overpaying is rejected; the last instalment repays the loan', async () => {
  await thenRejected({ id: 'capital-match-loan', when: { type: 'ReceiveRepayment', data: { amount: 30000 } } }, 'Repayments may not exceed what is owed');
  const state = (await thenEmits({ id: 'capital-match-loan', when: { type: 'ReceiveRepayment', data: { amount: 25333 } } }, ['RepaymentReceived', 'LoanRepaid'])) as {
    status: string;
    principalOutstanding: number;
  };
  assert.deepEqual([state.status, state.principalOutstanding], ['repaid', 0]);
});

test('capital match: a pledge larger than what is still needed is rejected', async () => {
  await thenRejected({ id: 'capital-match-loan', given: 5, when: { type: 'PledgeToLoan', data: { investor: 'x', amount: 100000 } } }, 'Pledges may not exceed what is still needed');
});

test('envato: the grace period cannot expire early, and one notification per conflict', async () => {
  await thenRejected({ id: 'envato-conflict', given: 18, when: { type: 'ExpireGracePeriod', data: { today: '2016-11-10' } } }, 'The grace period must be over before it expires');
  await thenRejected({ id: 'envato-conflict', when: { type: 'SendConflictNotification', data: { to: 'x@example.com' } } }, 'One notification per conflict');
});

test('envato: agreeing evidence resolves the active conflict automatically', async () => {
  await thenEmits(
    { id: 'envato-conflict', when: { type: 'ProvideEvidence', data: { source: 'IP address', country: 'NZ', date: '2016-11-20' } } },
    ['EvidenceProvided', 'ConflictAutomaticallyResolved'],
  );
});

test('upcasting: withdrawing more than is saved is rejected, and cents must be whole', async () => {
  await thenRejected({ id: 'upcasting', when: { type: 'WithdrawMoney', data: { amountCents: 10_000_000 } } }, 'Balance may not go below zero');
  await thenRejected({ id: 'upcasting', when: { type: 'DepositMoney', data: { amountCents: 12.5 } } }, 'Amounts are positive whole cents');
});
