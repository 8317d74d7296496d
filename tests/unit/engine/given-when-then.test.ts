import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DomainError,
  balancesProjection,
  bankAccountDecider,
  checkDecider,
  checkProjection,
  specify,
  type BankEvent,
  type Decider,
} from '../../../playground/engine/index.ts';

const opened: BankEvent = { type: 'AccountOpened', data: { accountId: '1', owner: 'Ada' } };
const deposited = (amount: number): BankEvent => ({ type: 'MoneyDeposited', data: { amount } });

test('passes: given events, when a command, then the expected events', () => {
  const result = specify(bankAccountDecider)
    .given([opened, deposited(100)])
    .when({ type: 'WithdrawMoney', data: { amount: 30 } })
    .thenEvents([{ type: 'MoneyWithdrawn', data: { amount: 30 } }]);
  assert.deepEqual(result, {
    passed: true,
    title: 'given 2 event(s), when WithdrawMoney, then events',
    expected: [{ type: 'MoneyWithdrawn', data: { amount: 30 } }],
    actual: [{ type: 'MoneyWithdrawn', data: { amount: 30 } }],
    difference: '',
  });
});

test('fails with a readable, path-based difference', () => {
  const result = checkDecider(bankAccountDecider, {
    title: 'withdraw thirty',
    given: [opened, deposited(100)],
    when: { type: 'WithdrawMoney', data: { amount: 30 } },
    then: [{ type: 'MoneyWithdrawn', data: { amount: 40 } }, { type: 'AccountClosed', data: { reason: 'x' } }],
  });
  assert.equal(result.passed, false);
  assert.equal(result.title, 'withdraw thirty');
  assert.equal(
    result.difference,
    ['$.length: expected 2, got 1', '$[0].data.amount: expected 40, got 30', '$[1]: missing, expected {"type":"AccountClosed","data":{"reason":"x"}}'].join('\n'),
  );
});

test('metadata is not compared: a decider decides types and data', () => {
  const result = specify(bankAccountDecider).given([opened]).when({ type: 'DepositMoney', data: { amount: 1 } })
    .thenEvents({ type: 'MoneyDeposited', data: { amount: 1 }, metadata: { by: 'someone' } });
  assert.ok(result.passed, result.difference);
});

test('expected rejection: passes on the invariant or a part of the message', () => {
  const when = { type: 'WithdrawMoney', data: { amount: 500 } } as const;
  const given = [opened, deposited(100)];
  assert.ok(specify(bankAccountDecider).given(given).when(when).thenRejects('balance may not go below zero').passed);
  assert.ok(specify(bankAccountDecider).given(given).when(when).thenRejects('Cannot withdraw 500').passed);
  assert.ok(specify(bankAccountDecider).given(given).when(when).thenRejects().passed);
  const exact = checkDecider(bankAccountDecider, { given, when, then: { error: { invariant: 'balance may not go below zero' } } });
  assert.ok(exact.passed);
  assert.deepEqual(exact.actual, {
    error: { name: 'DomainError', message: 'Cannot withdraw 500 from a balance of 100', invariant: 'balance may not go below zero' },
  });
});

test('expected rejection fails readably: wrong invariant, events instead, or a plain Error', () => {
  const given = [opened, deposited(100)];
  const wrong = checkDecider(bankAccountDecider, { given, when: { type: 'WithdrawMoney', data: { amount: 500 } }, then: { error: { invariant: 'amounts are positive' } } });
  assert.equal(wrong.difference, '$.invariant: expected "amounts are positive", got "balance may not go below zero"');
  const accepted = specify(bankAccountDecider).given(given).when({ type: 'WithdrawMoney', data: { amount: 5 } }).thenRejects();
  assert.equal(accepted.passed, false);
  assert.equal(accepted.difference, 'expected a rejection, got 1 event(s): ["MoneyWithdrawn"]');
  const plain: Decider<null, { type: 'Go'; data: null }, BankEvent> = {
    initialState: () => null,
    evolve: (s) => s,
    decide: () => { throw new Error('not allowed'); },
  };
  const notDomain = specify(plain).given([]).when({ type: 'Go', data: null }).thenRejects('not allowed');
  assert.equal(notDomain.difference, 'expected a DomainError, got Error: not allowed');
});

test('unexpected throws are results, never exceptions', () => {
  const throwing: Decider<number, { type: 'Go'; data: null }, BankEvent> = {
    initialState: () => 0,
    evolve: () => { throw new RangeError('evolve broke'); },
    decide: () => { throw new DomainError('no', 'never'); },
  };
  const givenBroken = specify(throwing).given([opened]).when({ type: 'Go', data: null }).thenEvents([]);
  assert.equal(givenBroken.passed, false);
  assert.match(givenBroken.difference, /given events could not be folded: evolve failed on event 1 \(AccountOpened\): evolve broke/);
  const rejected = specify(throwing).given([]).when({ type: 'Go', data: null }).thenEvents([opened]);
  assert.equal(rejected.difference, 'expected events, but decide threw DomainError: no');
});

test('projection checks: given events, then the expected view', () => {
  const given: BankEvent[] = [
    { ...opened, metadata: { streamName: 'BankAccount-1' } },
    { ...deposited(70), metadata: { streamName: 'BankAccount-1' } },
  ];
  const pass = checkProjection(balancesProjection, { given, then: { 'BankAccount-1': 70 } });
  assert.ok(pass.passed, pass.difference);
  assert.equal(pass.title, 'given 2 event(s), then balances view');
  const fail = checkProjection(balancesProjection, { title: 'balance', given, then: { 'BankAccount-1': 100, 'BankAccount-2': 0 } });
  assert.equal(fail.difference, '$["BankAccount-1"]: expected 100, got 70\n$["BankAccount-2"]: missing, expected 0');
  const broken = checkProjection({ ...balancesProjection, evolve: () => { throw new Error('bad view'); } }, { given, then: {} });
  assert.equal(broken.passed, false);
  assert.match(broken.difference, /the projection threw: projection balances: evolve failed on event 1 \(AccountOpened\): bad view/);
});
