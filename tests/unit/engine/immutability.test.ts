import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cloneState, deepFreeze, frozenCopy } from '../../../playground/engine/index.ts';

test('deepFreeze freezes everything reachable and returns the same value', () => {
  const state = { account: { balance: 1, history: [{ amount: 1 }] } };
  assert.equal(deepFreeze(state), state);
  assert.ok(Object.isFrozen(state.account.history[0]));
  assert.throws(() => {
    state.account.balance = 2;
  }, TypeError);
  assert.equal(deepFreeze(5), 5);
  const odd = { bytes: new Uint8Array([1, 2]), get boom(): number { throw new Error('getter ran'); } };
  assert.equal(deepFreeze(odd), odd, 'typed arrays and getters do not make it throw');
  assert.equal(deepFreeze(null), null);
});

test('frozenCopy copies plain data, leaves the original writable, keeps class instances as they are', () => {
  const when = new Date(0);
  const original = { list: [1, { x: 2 }], when };
  const copy = frozenCopy(original);
  assert.deepEqual(copy, original);
  assert.notEqual(copy.list, original.list);
  assert.ok(Object.isFrozen(copy.list[1]));
  assert.ok(!Object.isFrozen(original.list));
  assert.equal(copy.when, when, 'a Date is not plain data: kept, not copied');
});

test('cloneState makes an independent deep copy', () => {
  const state = { nested: { n: 1 }, map: new Map([['a', 1]]) };
  const copy = cloneState(state);
  copy.nested.n = 2;
  copy.map.set('a', 2);
  assert.equal(state.nested.n, 1);
  assert.equal(state.map.get('a'), 1);
});
