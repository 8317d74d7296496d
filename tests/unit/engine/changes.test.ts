// The one diff: what the last event changed (tree highlight, before/after list) and a check's differences, one path format.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { changes, childPath, firstKey, withAncestors } from '../../../playground/engine/index.ts';

const rows = (list: ReturnType<typeof changes>) => list.map((c) => `${c.kind} ${c.path}`);

test('names changed leaves, added and removed keys and list items, in one path format', () => {
  const shared = { street: 'Main' };
  const before = { balance: 10, owner: { name: 'Ada', address: shared }, items: [{ qty: 1 }, { qty: 2 }], gone: true };
  const after = { balance: 12, owner: { name: 'Ada', address: shared }, items: [{ qty: 1 }, { qty: 3 }, { qty: 1 }], added: 'x' };
  assert.deepEqual(rows(changes(before, after)), ['changed $.balance', 'changed $.items[1].qty', 'added $.items[2]', 'removed $.gone', 'added $.added']);
  const [balance] = changes(before, after);
  assert.deepEqual(balance, { path: '$.balance', kind: 'changed', before: 10, after: 12 });
});

test('nothing changed, a replaced primitive state, Maps, Dates and odd keys', () => {
  const state = { a: 1 };
  assert.deepEqual(changes(state, state), []);
  assert.deepEqual(rows(changes(1, 2)), ['changed $']);
  assert.deepEqual(rows(changes({ m: new Map([['k', 1]]) }, { m: new Map([['k', 2]]) })), ['changed $.m.k']);
  assert.deepEqual(rows(changes({ 'two words': 1 }, { 'two words': 2 })), ['changed $["two words"]']);
  assert.deepEqual(changes({ d: new Date(5) }, { d: new Date(5) }), []);
});

test('the list is capped, and a cycle is compared once', () => {
  const big = changes(Array.from({ length: 1000 }, () => 0), Array.from({ length: 1000 }, () => 1), { limit: 50 });
  assert.equal(big.length, 50);
  const a: Record<string, unknown> = { n: 1 };
  a.self = a;
  const b: Record<string, unknown> = { n: 2 };
  b.self = b;
  assert.deepEqual(rows(changes(a, b)), ['changed $.n']);
});

test('paths are built and read back the same way, with their ancestors', () => {
  assert.equal(childPath(childPath(childPath('$', 'seats'), 'A-1'), 0), '$.seats["A-1"][0]');
  assert.deepEqual(firstKey('["A-1"][0]'), { key: 'A-1', length: 7 });
  assert.deepEqual(firstKey('[12].qty'), { key: 12, length: 4 });
  assert.equal(firstKey('nonsense'), null);
  assert.deepEqual([...withAncestors(['$.items[2].qty', '$.seats["A.1"]'])].sort(), ['$', '$.items', '$.items[2]', '$.items[2].qty', '$.seats', '$.seats["A.1"]']);
});
