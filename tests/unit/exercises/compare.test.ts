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

test('expected and got are laid out alike: a short expected value opens when the result does not fit', async () => {
  const events = [{ type: 'SeatReserved', data: { seat: 'A7', customer: 'Bo', note: 'a long enough note to break the line' } }];
  const result = await runCheck(
    { given: 'A7 reserved', when: 'Bo reserves A7', then: 'rejected', run: () => ({ expected: { rejectedWith: 'DomainError' }, actual: { events } }) },
    {},
  );
  assert.equal(result.expected, '{\n  "rejectedWith": "DomainError"\n}');
  assert.match(String(result.actual), /^\{\n {2}"events": \[\n/);
  // Both short: both stay on one line.
  const short = await runCheck({ given: 'g', when: 'w', then: 't', run: () => ({ expected: { a: 1 }, actual: { a: 2 } }) }, {});
  assert.deepEqual([short.expected, short.actual], ['{"a":1}', '{"a":2}']);
});
