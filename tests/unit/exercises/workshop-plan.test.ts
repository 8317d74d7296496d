import { test } from 'node:test';
import assert from 'node:assert/strict';
import { move, parsePlan, planToHash, DEFAULT_TITLE } from '../../../src/components/exercise/workshop-plan.ts';

const known = ['fold-a-stream', 'snapshots', 'upcasting'];

test('a plan survives the round trip through the URL hash', () => {
  const plan = { title: 'Day 1', ids: ['upcasting', 'fold-a-stream'], hideSolution: true, theme: 'dark' as const };
  assert.deepEqual(parsePlan(planToHash(plan), known), plan);
});

test('unknown ids, duplicates and odd options are dropped', () => {
  const plan = parsePlan('#ids=snapshots,evil,snapshots&theme=purple&solution=maybe', known);
  assert.deepEqual(plan, { title: DEFAULT_TITLE, ids: ['snapshots'], hideSolution: false, theme: 'auto' });
  assert.deepEqual(parsePlan('#%%%', known).ids, []);
});

test('moving an exercise up and down keeps the others in order', () => {
  assert.deepEqual(move(['a', 'b', 'c'], 2, -1), ['a', 'c', 'b']);
  assert.deepEqual(move(['a', 'b', 'c'], 0, -1), ['a', 'b', 'c']);
});
