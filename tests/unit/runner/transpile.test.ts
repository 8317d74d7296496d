// TypeScript to JavaScript in the worker: types go, lines stay, and compile
// errors name their line and column in the learner's source.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { transpile, positionOf } from '../../../playground/runner/transpile.ts';
import { decodeMappings, mapColumn } from '../../../playground/runner/source-map.ts';

const source = [
  "import { DomainError, type Decider } from '#engine';",
  'type State = { n: number };',
  'export const decider: Decider<State, any, any> = {',
  '  initialState: (): State => ({ n: 0 }),',
  '  evolve: (s: State, e: { type: string }): State => { if (e.type === "Boom") throw new DomainError("x"); return { n: s.n + 1 }; },',
  '  decide: () => [],',
  '};',
].join('\n');

test('types are stripped and every line stays on its line', () => {
  const out = transpile(source);
  assert.ok(out.ok);
  const lines = out.code.split('\n');
  assert.equal(lines.length >= source.split('\n').length, true);
  assert.match(lines[4] ?? '', /evolve: \(s, e\) =>/);
  assert.doesNotMatch(out.code, /: State/);
  assert.match(lines[0] ?? '', /require\('#engine'\)/);
});

test('the column map puts a shifted token back where the learner wrote it', () => {
  const out = transpile(source);
  assert.ok(out.ok);
  const generated = out.code.split('\n')[4] ?? '';
  const sourceLine = source.split('\n')[4] ?? '';
  // `DomainError` became `_engine.DomainError` and the types went: columns moved.
  const genColumn = generated.indexOf('"x"') + 1;
  const srcColumn = sourceLine.indexOf('"x"') + 1;
  assert.notEqual(genColumn, srcColumn);
  assert.equal(mapColumn(out.columns, 5, genColumn), srcColumn);
});

test('a compile error names its line and column in plain words', () => {
  const out = transpile('const a = 1;\nconst b: number = ;\n');
  assert.equal(out.ok, false);
  if (out.ok) return;
  assert.equal(out.error.kind, 'compile');
  assert.equal(out.error.line, 2);
  assert.equal(out.error.column, 19);
  assert.match(out.error.message, /Unexpected token \(line 2, column 19\)/);
  assert.doesNotMatch(out.error.message, /Error transforming/);
});

test('positionOf counts lines and columns from 1', () => {
  assert.deepEqual(positionOf('ab\ncd', 0), { line: 1, column: 1 });
  assert.deepEqual(positionOf('ab\ncd', 4), { line: 2, column: 2 });
});

test('decodeMappings reads VLQ segments per line', () => {
  // "AAAA" = [0,0,0,0]; ";" = next line; "IAAI" = [4,0,0,4]
  assert.deepEqual(decodeMappings('AAAA;IAAI'), [[[0, 0]], [[4, 4]]]);
  assert.equal(mapColumn([[[0, 0], [10, 4]]], 1, 13), 7);
  assert.equal(mapColumn([], 3, 9), 9);
});
