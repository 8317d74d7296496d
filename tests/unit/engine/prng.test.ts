import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  createRandom,
  evolveAccount,
  fold,
  generateBankLog,
  generateBankStream,
  initialAccount,
} from '../../../playground/engine/index.ts';

test('the same seed gives the same sequence; another seed another', () => {
  const a = createRandom(42);
  const b = createRandom(42);
  const seqA = Array.from({ length: 20 }, () => a.next());
  assert.deepEqual(seqA, Array.from({ length: 20 }, () => b.next()));
  const c = createRandom(43);
  assert.notDeepEqual(seqA, Array.from({ length: 20 }, () => c.next()));
  assert.ok(seqA.every((x) => x >= 0 && x < 1));
});

test('int stays in its inclusive bounds and reaches both ends', () => {
  const random = createRandom(1);
  const seen = new Set<number>();
  for (let i = 0; i < 1000; i++) {
    const n = random.int(3, 7);
    assert.ok(n >= 3 && n <= 7);
    seen.add(n);
  }
  assert.deepEqual([...seen].sort(), [3, 4, 5, 6, 7]);
  assert.throws(() => random.pick([]), RangeError);
});

test('generated bank streams are valid: opened first, never overdrawn, deterministic', () => {
  for (const seed of [1, 2, 3, 99]) {
    const events = generateBankStream({ seed, count: 2000, closeChance: 0.5 });
    assert.equal(events.length, 2000);
    assert.equal(events[0]?.type, 'AccountOpened');
    let balance = 0;
    for (const event of events) {
      if (event.type === 'MoneyDeposited') balance += event.data.amount;
      if (event.type === 'MoneyWithdrawn') balance -= event.data.amount;
      assert.ok(balance >= 0);
    }
    assert.deepEqual(generateBankStream({ seed, count: 2000, closeChance: 0.5 }), events);
    const state = fold(evolveAccount, initialAccount(), events);
    assert.ok(state.status !== 'unopened' && state.balance === balance);
  }
  assert.deepEqual(generateBankStream({ seed: 1, count: 0 }), []);
});

test('a generated log interleaves accounts, each stream in order', () => {
  const log = generateBankLog({ seed: 5, count: 500, accounts: 3 });
  assert.equal(log.length, 500);
  assert.equal(new Set(log.map((e) => e.streamName)).size, 3);
  for (const name of ['BankAccount-1', 'BankAccount-2', 'BankAccount-3']) {
    assert.equal(log.find((e) => e.streamName === name)?.event.type, 'AccountOpened');
  }
});
