// Error messages say where once: the line and column of the learner's throw,
// and the event counted as the lists count it (from 1), never repeated in
// another form ("line 118, column 75 (code line 118, column 75)", "event 1"
// next to "event #0").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runtimeError } from '../../../playground/runner/error-position.ts';
import { evaluateModule } from '../../../playground/runner/evaluate-module.ts';
import { transpile } from '../../../playground/runner/transpile.ts';
import type { RunnerError } from '../../../playground/runner/protocol.ts';
import * as engine from '../../../playground/engine/index.ts';
import { describeError as playgroundMessage } from '../../../src/components/playground/messages.ts';
import { describeError as exerciseMessage } from '../../../src/components/exercise/runner-errors.ts';

const count = (text: string, part: string | RegExp): number =>
  typeof part === 'string' ? text.split(part).length - 1 : (text.match(new RegExp(part, 'g')) ?? []).length;

/** A pasted module whose evolve throws on line 118, after type annotations on the same line. */
function pastedModule(): { code: string; line: number; column: number } {
  const filler = Array.from({ length: 111 }, (_, i) => `const filler${i}: number = ${i};`);
  const throwing = "    if (e.type === 'Bad') { const why: string = 'bad ' + e.type; throw new Error(why); }";
  const lines = [
    "import { DomainError } from '#engine';",
    ...filler,
    'type S = { n: number };',
    'type E = { type: string };',
    'export const decider = {',
    '  initialState: (): S => ({ n: 0 }),',
    '  evolve: (s: S, e: E): S => {',
    throwing,
    '    return { n: s.n + 1 };',
    '  },',
    '  decide: () => { throw new DomainError("no commands"); },',
    '};',
  ];
  const line = lines.indexOf(throwing) + 1;
  // V8 places an error where it is constructed: the `new` of `throw new Error`.
  return { code: lines.join('\n'), line, column: throwing.indexOf('new Error') + 1 };
}

function evolveError(eventIndex: number): { error: RunnerError; line: number; column: number } {
  const { code, line, column } = pastedModule();
  const loaded = evaluateModule(code, { ...engine });
  if (!loaded.ok) throw new Error(`the fixture does not load: ${loaded.error.message}`);
  let caught: unknown;
  try {
    loaded.module.decider?.evolve({ n: 0 }, { type: 'Bad' });
  } catch (error) {
    caught = error;
  }
  return { error: runtimeError(caught, loaded.module.columns, 'evolve', { index: eventIndex, type: 'Bad' }), line, column };
}

test('a throw on line 118 is reported at line 118 and its column, past stripped types', () => {
  const { error, line, column } = evolveError(0);
  assert.equal(line, 118);
  assert.deepEqual([error.line, error.column], [118, column]);
});

test('the playground says the line, the column and the event once', () => {
  const { error, column } = evolveError(0);
  const text = playgroundMessage(error, { editor: 'code' });
  assert.equal(count(text, 'line 118'), 1, text);
  assert.equal(count(text, `column ${column}`), 1, text);
  assert.equal(count(text, /\bevent\b/), 1, text);
  assert.match(text, /on event 1 \(Bad\)/);
  assert.doesNotMatch(text, /#\d/);
});

test('an exercise error counts the event one way, as the list does', () => {
  const { error, column } = evolveError(2);
  const text = exerciseMessage(error);
  assert.equal(count(text, /\bevent\b/), 1, text);
  assert.match(text, /event 3 \(Bad\)/);
  assert.doesNotMatch(text, /#\d/);
  assert.equal(count(text, 'line 118'), 1, text);
  assert.equal(count(text, `column ${column}`), 1, text);
  assert.match(text, /^Your code threw an error: /);
});

test('a compile error names its place once, in both pages', () => {
  const compiled = transpile('const a = 1;\nconst x: number = ;');
  assert.equal(compiled.ok, false);
  if (compiled.ok) return;
  const error = compiled.error;
  assert.equal(error.line, 2);
  for (const text of [playgroundMessage(error, { editor: 'code' }), exerciseMessage(error)]) {
    assert.equal(count(text, 'line 2'), 1, text);
    assert.equal(count(text, `column ${error.column}`), 1, text);
  }
});

test('a place the message leaves out is added, once, with the editor it is in', () => {
  const error: RunnerError = { kind: 'invalid-input', message: 'The events are not a list.', line: 2, column: 4 };
  assert.equal(playgroundMessage(error, { editor: 'events' }), 'The events are not a list. (events JSON line 2, column 4)');
  assert.equal(exerciseMessage(error), 'Something is missing (line 2, column 4): The events are not a list.');
  const folding: RunnerError = { kind: 'runtime', message: 'boom', eventIndex: 0, eventType: 'Opened' };
  assert.equal(playgroundMessage(folding, { editor: 'code' }), 'boom (while folding event 1 (Opened))');
  assert.equal(exerciseMessage(folding), 'Your code threw an error on event 1 (Opened): boom');
});
