import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deepEqual, show } from '../../../playground/exercises/compare.ts';
import { runCheck } from '../../../playground/exercises/check-runner.ts';

test('values JSON cannot spell are shown as they are, not as null', () => {
  assert.equal(show({ total: NaN, note: undefined }), '{"total":NaN,"note":undefined}');
  assert.equal(show(Infinity), 'Infinity');
});

test('a failed check names the differing path and says what came out', async () => {
  const result = await runCheck(
    { given: 'a loan', when: 'folding', then: 'funded', run: () => ({ expected: { funded: 5 }, actual: { funded: NaN } }) },
    {},
  );
  assert.equal(result.passed, false);
  assert.equal(result.title, 'Given a loan, when folding, then funded');
  assert.match(result.difference, /\$\.funded: expected 5, got NaN/);
  assert.equal(result.actual, '{"funded":NaN}');
  assert.ok(deepEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }));
});

test('a check whose code throws is a failed check, never a crash', async () => {
  const result = await runCheck(
    {
      given: 'x',
      when: 'y',
      then: 'z',
      run: () => {
        throw new TypeError('state.items is undefined');
      },
    },
    {},
  );
  assert.equal(result.passed, false);
  assert.match(result.difference, /TypeError: state\.items is undefined/);
});
