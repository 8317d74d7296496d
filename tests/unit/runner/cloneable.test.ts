// What may cross to the page: data only, named by path when not; very
// large values cut with a note.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toCrossable, CUT_LIMIT } from '../../../playground/runner/cloneable.ts';
import { preview } from '../../../playground/engine/preview.ts';
import type { CutValue } from '../../../playground/runner/protocol.ts';

test('plain data, Maps, Sets and Dates cross as an equal copy', () => {
  const value = { a: [1, 'two', null, undefined], m: new Map([['k', { n: 1 }]]), s: new Set([1]), d: new Date(0) };
  const out = toCrossable(value, 'state');
  assert.ok(out.ok);
  if (out.ok) {
    assert.deepEqual(out.value, value);
    // A copy, so what was measured is what is sent, whatever a getter answers later.
    assert.notEqual(out.value, value);
    assert.equal(out.cut, false);
  }
  assert.doesNotThrow(() => structuredClone(value));
});

test('a function is named by its path', () => {
  const out = toCrossable({ items: [{ id: 1 }, { id: 2, onClick: () => 1 }] }, 'state');
  assert.equal(out.ok, false);
  if (out.ok) return;
  assert.equal(out.error.kind, 'not-serializable');
  assert.equal(out.error.path, 'state.items[1].onClick');
  assert.match(out.error.message, /`state\.items\[1\]\.onClick` is a function/);
});

test('a cycle is named by its path', () => {
  const node: { name: string; parent?: unknown; children: unknown[] } = { name: 'root', children: [] };
  node.children.push({ name: 'child', parent: node });
  const out = toCrossable(node, 'state');
  assert.equal(out.ok, false);
  if (!out.ok) {
    assert.equal(out.error.path, 'state.children[0].parent');
    assert.match(out.error.message, /cycle/);
  }
});

test('symbols and odd keys are named', () => {
  const symbol = toCrossable({ tag: Symbol('x') }, 'state');
  assert.equal(symbol.ok, false);
  const oddKey = toCrossable({ 'two words': () => 1 }, 'view');
  assert.equal(oddKey.ok, false);
  if (!oddKey.ok) assert.equal(oddKey.error.path, 'view["two words"]');
  const inMap = toCrossable(new Map([['fn', () => 1]]), 'state');
  assert.equal(inMap.ok, false);
  if (!inMap.ok) assert.equal(inMap.error.path, 'state.get("fn")');
});

test('shared (not cyclic) references are fine', () => {
  const shared = { x: 1 };
  assert.ok(toCrossable({ a: shared, b: shared }, 'state').ok);
});

test('a value larger than the limit is cut with a note and a preview', () => {
  const big = { rows: Array.from({ length: 20_000 }, (_, i) => ({ id: i, label: `row number ${i}` })) };
  assert.ok(JSON.stringify(big).length > CUT_LIMIT);
  const out = toCrossable(big, 'state');
  assert.ok(out.ok);
  if (!out.ok) return;
  assert.equal(out.cut, true);
  const cut = out.value as CutValue;
  assert.equal(cut.cut, true);
  assert.match(cut.note, /larger than 200 KB/);
  assert.ok(cut.preview.startsWith('{"rows":[{"id":0,"label":"row number 0"}'));
  assert.ok(cut.preview.length <= 2_001);
  assert.ok(cut.size > CUT_LIMIT);
});

test('preview stops early on huge and cyclic values', () => {
  const cyclic: { self?: unknown } = {};
  cyclic.self = cyclic;
  assert.equal(preview(cyclic), '{"self":"[Circular]"}');
  assert.equal(preview(new Array(10_000).fill(1), 10).length, 10);
});
