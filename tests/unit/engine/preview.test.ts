// The one preview: every single-line rendering of a value on the site (checks, diffs, event rows, cut states).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { preview } from '../../../playground/engine/index.ts';

test('writes JSON-like text for data, and describes what JSON cannot hold', () => {
  assert.equal(preview({ a: [1, 'two', null], b: undefined }), '{"a":[1,"two",null]}');
  assert.equal(preview(new Map([['k', new Set([1])]])), '{"k":[1]}');
  assert.equal(preview(new Date(0)), '"1970-01-01T00:00:00.000Z"');
  assert.equal(preview(10n), '10n');
  assert.equal(preview(function evolve() {}), 'function evolve');
  assert.equal(preview(undefined), 'undefined');
  assert.equal(preview(Symbol('s')), 'Symbol(s)');
});

test('never longer than asked, and a cut says so', () => {
  assert.equal(preview('x'.repeat(500)).length, 80);
  assert.ok(preview('x'.repeat(500)).endsWith('…'));
  assert.equal(preview(new Array(10_000).fill(1), 10), '[1,1,1,1,…');
  assert.equal(preview({ a: 1 }, 80), '{"a":1}');
});

test('cycles and values nested past the stack do not throw', () => {
  const cyclic: { self?: unknown; n: number } = { n: 1 };
  cyclic.self = cyclic;
  assert.equal(preview(cyclic), '{"n":1,"self":"[Circular]"}');
  let deep: unknown = 0;
  for (let i = 0; i < 20_000; i += 1) deep = [deep];
  assert.ok(preview(deep, 20).endsWith('…'));
});
