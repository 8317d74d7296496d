import { test } from 'node:test';
import assert from 'node:assert/strict';
import { changedPathSet, diffValues, normalisePath as normalise } from '../../../src/components/viz/diff.ts';

test('worker paths map to tree paths', () => {
  assert.equal(normalise('items[2].qty'), 'items.2.qty');
  assert.equal(normalise('balance'), 'balance');
  assert.equal(normalise('seats["A-1"]'), 'seats.A-1');
});

test('diffValues finds changed, added and removed leaves', () => {
  const changes = diffValues({ a: 1, b: { c: 2 }, list: [1] }, { a: 1, b: { c: 3 }, list: [1, 2], d: true });
  assert.deepEqual(changes.map((c) => `${c.kind} ${c.path}`), ['changed b.c', 'added list.1', 'added d']);
  assert.deepEqual([...changedPathSet(changes)].sort(), ['b', 'b.c', 'd', 'list', 'list.1']);
});

test('an unchanged state has no changes, and the list is capped', () => {
  const same = { a: [1, 2, 3] };
  assert.deepEqual(diffValues(same, same), []);
  const big = diffValues(Array.from({ length: 1000 }, () => 0), Array.from({ length: 1000 }, () => 1), 50);
  assert.equal(big.length, 50);
});
