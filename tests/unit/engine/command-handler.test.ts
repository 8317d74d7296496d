import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DomainError,
  ExpectedVersionConflictError,
  bankAccountDecider,
  createInMemoryEventStore,
  handleCommand,
  type BankCommand,
  type BankEvent,
  type EventStore,
} from '../../../playground/engine/index.ts';

const stream = 'BankAccount-1';
const open: BankCommand = { type: 'OpenAccount', data: { accountId: '1', owner: 'Ada' } };
const deposit = (amount: number): BankCommand => ({ type: 'DepositMoney', data: { amount } });
const withdraw = (amount: number): BankCommand => ({ type: 'WithdrawMoney', data: { amount } });

/**
 * A store whose account is open, and where the first `races` appends to it
 * are each preceded by a rival's deposit of 100: a concurrent writer, made
 * deterministic.
 */
function racingStore(races: number): EventStore {
  const inner = createInMemoryEventStore();
  inner.appendToStream(stream, [{ type: 'AccountOpened', data: { accountId: '1', owner: 'Ada' } }]);
  let left = races;
  return {
    ...inner,
    appendToStream(name, events, options) {
      if (left > 0 && name === stream) {
        left -= 1;
        inner.appendToStream(name, [{ type: 'MoneyDeposited', data: { amount: 100 } }]);
      }
      return inner.appendToStream(name, events, options);
    },
  };
}

test('load, decide, append: the result carries the recorded events and the new state', () => {
  const store = createInMemoryEventStore();
  assert.equal(handleCommand(store, stream, bankAccountDecider, open).outcome, 'appended');
  const result = handleCommand(store, stream, bankAccountDecider, deposit(50));
  assert.equal(result.outcome, 'appended');
  if (result.outcome !== 'appended') return;
  assert.deepEqual(result.events.map((e) => [e.type, e.metadata.streamVersion]), [['MoneyDeposited', 2]]);
  assert.equal(result.newState.status === 'open' && result.newState.balance, 50);
  assert.equal(result.nextExpectedStreamVersion, 2);
  assert.equal(result.lastEventGlobalPosition, 2);
  assert.equal(result.attempts, 1);
});

test('decide may return several events; they are appended together', () => {
  const store = createInMemoryEventStore();
  handleCommand(store, stream, bankAccountDecider, open);
  handleCommand(store, stream, bankAccountDecider, deposit(30));
  const result = handleCommand(store, stream, bankAccountDecider, { type: 'CloseAccount', data: { reason: 'moving' } });
  assert.equal(result.outcome, 'appended');
  if (result.outcome === 'appended') {
    assert.deepEqual(result.events.map((e) => e.type), ['MoneyWithdrawn', 'AccountClosed']);
    assert.equal(result.newState.status, 'closed');
    assert.equal(bankAccountDecider.isTerminal?.(result.newState), true);
  }
});

test('a broken invariant is a rejection with the DomainError, and nothing is appended', () => {
  const store = createInMemoryEventStore();
  handleCommand(store, stream, bankAccountDecider, open);
  const result = handleCommand(store, stream, bankAccountDecider, withdraw(1));
  assert.equal(result.outcome, 'rejected');
  if (result.outcome === 'rejected') {
    assert.ok(result.error instanceof DomainError);
    assert.equal(result.invariant, 'balance may not go below zero');
  }
  assert.equal(store.streamVersion(stream), 1);
});

test('errors that are not domain errors are bugs and are thrown', () => {
  const store = createInMemoryEventStore();
  const buggy = { ...bankAccountDecider, decide: (): BankEvent => { throw new TypeError('oops'); } };
  assert.throws(() => handleCommand(store, stream, buggy, open), TypeError);
});

test('a stale expected version from the caller is a conflict, not retried', () => {
  const store = createInMemoryEventStore();
  handleCommand(store, stream, bankAccountDecider, open);
  handleCommand(store, stream, bankAccountDecider, deposit(10));
  const result = handleCommand(store, stream, bankAccountDecider, deposit(5), { expectedStreamVersion: 1, retries: 3 });
  assert.equal(result.outcome, 'conflict');
  if (result.outcome === 'conflict') {
    assert.ok(result.error instanceof ExpectedVersionConflictError);
    assert.equal(result.error.expected, 1);
    assert.equal(result.error.actual, 2);
    assert.equal(result.attempts, 1);
  }
  assert.equal(store.streamVersion(stream), 2);
});

test('without retries a concurrent writer makes a conflict', () => {
  const store = racingStore(1);
  const result = handleCommand(store, stream, bankAccountDecider, deposit(5));
  assert.equal(result.outcome, 'conflict');
  if (result.outcome === 'conflict') {
    assert.equal(result.error.expected, 1);
    assert.equal(result.error.actual, 2);
  }
});

test('retry on conflict re-reads, decides again on the newer state and succeeds', () => {
  const store = racingStore(1);
  // Decided on balance 0 this would be rejected; the retry sees the rival's 100.
  const result = handleCommand(store, stream, bankAccountDecider, deposit(5), { retries: 1 });
  assert.equal(result.outcome, 'appended');
  if (result.outcome === 'appended') {
    assert.equal(result.attempts, 2, 'one conflict, then success');
    assert.equal(result.newState.status === 'open' && result.newState.balance, 105);
    assert.equal(result.nextExpectedStreamVersion, 3);
  }
});

test('a retry decides again: a withdrawal the first state allowed may now be judged on the new one', () => {
  const inner = createInMemoryEventStore();
  inner.appendToStream(stream, [
    { type: 'AccountOpened', data: { accountId: '1', owner: 'Ada' } },
    { type: 'MoneyDeposited', data: { amount: 100 } },
  ]);
  let raced = false;
  const store: EventStore = {
    ...inner,
    appendToStream(name, events, options) {
      if (!raced) {
        raced = true;
        inner.appendToStream(name, [{ type: 'MoneyWithdrawn', data: { amount: 80 } }]);
      }
      return inner.appendToStream(name, events, options);
    },
  };
  const result = handleCommand(store, stream, bankAccountDecider, withdraw(50), { retries: 3 });
  assert.equal(result.outcome, 'rejected', 'after the rival took 80, 50 would overdraw');
  if (result.outcome === 'rejected') assert.equal(result.attempts, 2);
});

test('conflict after all retries are spent', () => {
  const store = racingStore(10);
  const result = handleCommand(store, stream, bankAccountDecider, deposit(5), { retries: 2 });
  assert.equal(result.outcome, 'conflict');
  if (result.outcome === 'conflict') assert.equal(result.attempts, 3);
});
