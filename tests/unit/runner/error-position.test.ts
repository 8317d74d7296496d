// Runtime errors point at the learner's own line and column, whatever the
// module wrapper adds above the body and however sucrase moved columns.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lineOffset, learnerPosition, runtimeError, thrownMessage } from '../../../playground/runner/error-position.ts';
import { evaluateModule } from '../../../playground/runner/evaluate-module.ts';
import * as engine from '../../../playground/engine/index.ts';

test('the module wrapper offset is measured, not assumed (the body starts one line down)', () => {
  assert.equal(lineOffset(), 1);
});

test('an error thrown in evolve maps to the line and column of the throw', () => {
  const code = [
    "import { DomainError } from '#engine';",
    'type S = { n: number };',
    'export const decider = {',
    '  initialState: (): S => ({ n: 0 }),',
    '  evolve: (s: S, e: { type: string }): S => {',
    "    if (e.type === 'Bad') throw new DomainError('nope');",
    '    return { n: s.n + 1 };',
    '  },',
    '  decide: () => [],',
    '};',
  ].join('\n');
  const loaded = evaluateModule(code, { ...engine });
  assert.ok(loaded.ok);
  if (!loaded.ok) return;
  let caught: unknown;
  try {
    loaded.module.decider?.evolve({ n: 0 }, { type: 'Bad' });
  } catch (error) {
    caught = error;
  }
  const position = learnerPosition(caught, loaded.module.columns);
  assert.deepEqual(position, { line: 6, column: "    if (e.type === 'Bad') throw ".length + 1 });
  const error = runtimeError(caught, loaded.module.columns, 'evolve', { index: 3, type: 'Bad' });
  assert.equal(error.kind, 'runtime');
  assert.equal(error.eventIndex, 3);
  assert.equal(error.eventType, 'Bad');
  assert.match(error.message, /evolve threw on event 4 \(Bad\) at line 6/);
});

test('a throw at the top of the module is a runtime error with its line', () => {
  const loaded = evaluateModule('const a = 1;\n\nthrow new Error("top");', {});
  assert.equal(loaded.ok, false);
  if (loaded.ok) return;
  assert.equal(loaded.error.kind, 'runtime');
  assert.equal(loaded.error.line, 3);
});

test('thrown non-errors are described', () => {
  assert.equal(thrownMessage('oops'), 'A value was thrown: oops');
  assert.equal(thrownMessage(new TypeError('bad')), 'TypeError: bad');
  assert.equal(thrownMessage(new Error('plain')), 'plain');
});

test('a throw after a template literal with placeholders is reported at its own column', () => {
  const line = 'const who = `seat ${1} of ${2}`; throw new Error(who);';
  const loaded = evaluateModule(`export const x = 1;\n${line}`, { ...engine });
  assert.equal(loaded.ok, false);
  if (loaded.ok) return;
  assert.equal(loaded.error.line, 2);
  assert.equal(loaded.error.column, line.indexOf('new Error') + 1);
});
