import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deepEqual, describeValue, diffValues, difference } from '../../../playground/engine/index.ts';

test('one line per differing path', () => {
  assert.deepEqual(diffValues({ balance: 100, owner: 'Ada' }, { balance: 90, owner: 'Ada' }), ['$.balance: expected 100, got 90']);
  assert.deepEqual(diffValues({ a: { b: [1, 2] } }, { a: { b: [1, 3] } }), ['$.a.b[1]: expected 2, got 3']);
  assert.deepEqual(diffValues({ a: 1 }, { a: 1, extra: true }), ['$.extra: unexpected true']);
  assert.deepEqual(diffValues({ a: 1 }, {}), ['$.a: missing, expected 1']);
  assert.deepEqual(diffValues([1], [1, 2]), ['$.length: expected 1, got 2', '$[1]: unexpected 2']);
  assert.deepEqual(diffValues({ a: 1 }, 5), ['$: expected {"a":1}, got 5']);
  assert.deepEqual(diffValues('x', 'y'), ['$: expected "x", got "y"']);
});

test('equal values have no difference; undefined equals absent as in JSON; NaN equals NaN', () => {
  assert.equal(difference({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }), '');
  assert.equal(difference({ a: 1, b: undefined }, { a: 1 }), '');
  assert.ok(deepEqual(Number.NaN, Number.NaN));
  assert.ok(deepEqual(new Map([['k', 1]]), { k: 1 }), 'Maps compare as objects');
  assert.ok(!deepEqual(new Date(0), new Date(1)));
});

test('never throws: cycles, functions, bigints and symbols are described', () => {
  const a: Record<string, unknown> = { n: 1 };
  a.self = a;
  const b: Record<string, unknown> = { n: 2 };
  b.self = b;
  assert.deepEqual(diffValues(a, b), ['$.n: expected 1, got 2']);
  assert.equal(describeValue(a), '{"n":1,"self":"[Circular]"}');
  assert.equal(describeValue(10n), '10n');
  assert.equal(describeValue(function evolve() {}), 'function evolve');
  assert.equal(describeValue(undefined), 'undefined');
  assert.equal(describeValue(Symbol('s')), 'Symbol(s)');
  assert.ok(describeValue('x'.repeat(500)).length <= 80);
});

test('long differences are cut at the limit', () => {
  const many = Array.from({ length: 100 }, (_, i) => i);
  assert.equal(diffValues(many, many.map((i) => i + 1)).length, 20);
  assert.equal(diffValues(many, many.map((i) => i + 1), 3).length, 3);
});
