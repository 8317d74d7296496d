import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  FoldError,
  evolveAccount,
  fold,
  foldReporting,
  generateBankStream,
  initialAccount,
  scanStates,
  tryFold,
  type Account,
  type BankEvent,
} from '../../../playground/engine/index.ts';

const events = generateBankStream({ seed: 7, count: 50 });

test('fold equals Array.reduce over the same events', () => {
  assert.deepEqual(fold(evolveAccount, initialAccount(), events), events.reduce(evolveAccount, initialAccount()));
});

test('foldReporting gives the same state as fold when nothing throws', () => {
  assert.deepEqual(foldReporting(evolveAccount, initialAccount(), events), fold(evolveAccount, initialAccount(), events));
});

const breaksOnThirdWithdrawal = (): ((state: Account, event: BankEvent) => Account) => {
  let withdrawals = 0;
  return (state, event) => {
    if (event.type === 'MoneyWithdrawn' && ++withdrawals === 3) throw new TypeError('boom');
    return evolveAccount(state, event);
  };
};

test('foldReporting names the index and type of the event evolve threw on, with the cause', () => {
  const third = events.map((e, i) => [e, i] as const).filter(([e]) => e.type === 'MoneyWithdrawn')[2];
  assert.ok(third, 'the seeded stream has three withdrawals');
  assert.throws(
    () => foldReporting(breaksOnThirdWithdrawal(), initialAccount(), events),
    (error: unknown) => {
      assert.ok(error instanceof FoldError);
      assert.equal(error.eventIndex, third[1]);
      assert.equal(error.eventType, 'MoneyWithdrawn');
      assert.ok(error.cause instanceof TypeError);
      // The message counts from 1, as the event lists do; eventIndex stays 0-based.
      assert.match(error.message, new RegExp(`event ${third[1] + 1} \\(MoneyWithdrawn\\): boom`));
      return true;
    },
  );
});

test('startIndex shifts the reported index to the stream position', () => {
  assert.throws(
    () => foldReporting(() => { throw new Error('x'); }, 0, [{ type: 'A', data: 1 }], { startIndex: 41, source: 'projection p' }),
    (error: unknown) => error instanceof FoldError && error.eventIndex === 41 && error.source === 'projection p' && error.message.startsWith('projection p:'),
  );
});

test('a thrown non-Error value is still reported', () => {
  const result = tryFold(() => { throw 'plain string'; }, 0, [{ type: 'A', data: 1 }]);
  assert.equal(result.ok, false);
  if (!result.ok) {
    assert.equal(result.error.cause, 'plain string');
    assert.match(result.error.message, /plain string/);
  }
});

test('tryFold returns the last good state and how many events applied', () => {
  const result = tryFold(breaksOnThirdWithdrawal(), initialAccount(), events);
  assert.equal(result.ok, false);
  if (result.ok) return;
  assert.deepEqual(result.state, fold(evolveAccount, initialAccount(), events.slice(0, result.eventsApplied)));
  assert.equal(result.error.eventIndex, result.eventsApplied);
  const fine = tryFold(evolveAccount, initialAccount(), events);
  assert.deepEqual(fine, { ok: true, state: fold(evolveAccount, initialAccount(), events), eventsApplied: events.length });
});

test('scanStates keeps every intermediate state, states[k] = state after k events', () => {
  const states = scanStates(evolveAccount, initialAccount(), events);
  assert.equal(states.length, events.length + 1);
  assert.deepEqual(states[0], initialAccount());
  assert.deepEqual(states[20], fold(evolveAccount, initialAccount(), events.slice(0, 20)));
});
