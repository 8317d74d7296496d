// The path the browser takes: the learner's text is compiled and loaded by
// the runner's session (the object the worker exposes), then runExercise
// runs the exercise's checks against it. Here in Node, without a worker.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createSession } from '../../../playground/runner/session.ts';
import { runExercise } from '../../../playground/exercises/worker-checks.ts';
import { exerciseIds } from '../../../playground/exercises/catalog.ts';

const source = (id: string, file: string): string =>
  readFileSync(new URL(`../../../playground/exercises/${id}/${file}`, import.meta.url), 'utf8');

for (const id of exerciseIds) {
  test(`${id}: checked through the runner session, the solution passes and the start fails`, async () => {
    const session = createSession({ exercises: runExercise });
    const loadedSolution = session.load(source(id, 'solution.ts'));
    assert.ok(loadedSolution.ok, JSON.stringify(loadedSolution));
    const solved = await session.runExercise(id);
    assert.ok(solved.ok && solved.passed, JSON.stringify(solved, null, 1));

    const loadedStart = session.load(source(id, 'start.ts'));
    assert.ok(loadedStart.ok, JSON.stringify(loadedStart));
    const started = await session.runExercise(id);
    assert.ok(started.ok && !started.passed, 'start code fails');
  });
}

test('a runtime error in the learner code names its line', async () => {
  const session = createSession({ exercises: runExercise });
  const code = source('state-at-a-point-in-time', 'start.ts').replace(
    '  // TODO: this always returns the current state, whatever k is.',
    "  if (k === 2) throw new Error('boom');",
  );
  assert.ok(session.load(code).ok);
  const result = await session.runExercise('state-at-a-point-in-time');
  assert.ok(result.ok);
  const failed = result.checks.find((check) => check.error !== undefined);
  assert.ok(failed?.error, 'a check reports the thrown error');
  const line = code.split('\n').findIndex((text) => text.includes("throw new Error('boom')")) + 1;
  assert.equal(failed.error.line, line);
});

test('an unknown exercise id is an error, not a crash', async () => {
  const session = createSession({ exercises: runExercise });
  session.load(source('fold-a-stream', 'solution.ts'));
  const result = await session.runExercise('no-such-exercise');
  assert.equal(result.ok, false);
});
