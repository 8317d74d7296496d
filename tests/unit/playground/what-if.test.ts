import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldedPosition, pruneSkipped, withoutSkipped, writtenNumber } from '../../../src/components/playground/what-if.ts';

test('skipped events are left out of the fold', () => {
  assert.deepEqual(withoutSkipped(['a', 'b', 'c', 'd'], new Set([1, 3])), ['a', 'c']);
  assert.deepEqual(withoutSkipped(['a'], new Set()), ['a']);
});

test('positions on the slider map to the folded stream', () => {
  const skipped = new Set([1, 3]);
  assert.equal(foldedPosition(0, skipped), 0);
  assert.equal(foldedPosition(1, skipped), 1);
  assert.equal(foldedPosition(2, skipped), 1); // event 1 skipped
  assert.equal(foldedPosition(4, skipped), 2);
});

test('skips past the end of an edited stream are dropped', () => {
  assert.deepEqual([...pruneSkipped(new Set([0, 5, 9]), 6)], [0, 5]);
});

test('the last folded event is named by its number in the written stream', () => {
  const skipped = new Set([1, 3]);
  // Folded: events 1, 3, 5, 6... of the list (indexes 0, 2, 4, 5).
  assert.equal(writtenNumber(1, skipped), 1);
  assert.equal(writtenNumber(2, skipped), 3);
  assert.equal(writtenNumber(3, skipped), 5);
  assert.equal(writtenNumber(foldedPosition(4, skipped), skipped), 3, 'at 4, event 4 is skipped: the last applied is event 3');
  assert.equal(writtenNumber(7, new Set()), 7);
});
