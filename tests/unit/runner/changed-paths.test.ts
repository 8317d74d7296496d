// What the last event changed, for the state tree to highlight.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { changedPaths } from '../../../playground/runner/changed-paths.ts';

test('names changed leaves, added and removed keys, and list items', () => {
  const shared = { street: 'Main' };
  const before = { balance: 10, owner: { name: 'Ada', address: shared }, items: [{ qty: 1 }, { qty: 2 }], gone: true };
  const after = { balance: 12, owner: { name: 'Ada', address: shared }, items: [{ qty: 1 }, { qty: 3 }, { qty: 1 }], added: 'x' };
  assert.deepEqual(changedPaths(before, after), ['balance', 'items[1].qty', 'items[2]', 'gone', 'added']);
});

test('nothing changed, a replaced primitive state, Maps and odd keys', () => {
  const state = { a: 1 };
  assert.deepEqual(changedPaths(state, state), []);
  assert.deepEqual(changedPaths(1, 2), ['']);
  assert.deepEqual(changedPaths({ m: new Map([['k', 1]]) }, { m: new Map([['k', 2]]) }), ['m.get("k")']);
  assert.deepEqual(changedPaths({ 'two words': 1 }, { 'two words': 2 }), ['"two words"']);
  assert.deepEqual(changedPaths({ d: new Date(5) }, { d: new Date(5) }), []);
});
