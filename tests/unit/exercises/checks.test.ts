// Every exercise must be solvable and must start unsolved: each solution
// passes all its checks, each start code fails at least one. The checks run
// here exactly as they run in the worker, only with the modules imported
// directly instead of compiled from the editor.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { exerciseIds } from '../../../playground/exercises/catalog.ts';
import { runChecks } from '../../../playground/exercises/check-runner.ts';
import type { ExerciseCheck, LearnerModule } from '../../../playground/exercises/kit.ts';

const dir = new URL('../../../playground/exercises/', import.meta.url);

interface ChecksModule {
  checks: ExerciseCheck[];
  sample: unknown[];
}

test('there are at least twelve exercises, each with its four files', () => {
  assert.ok(exerciseIds.length >= 12);
  for (const id of exerciseIds) {
    for (const file of ['statement.mdx', 'start.ts', 'solution.ts', 'checks.ts']) {
      assert.ok(existsSync(new URL(`${id}/${file}`, dir)), `${id}/${file} exists`);
    }
  }
});

for (const id of exerciseIds) {
  test(`${id}: the solution passes every check`, async () => {
    const { checks } = (await import(new URL(`${id}/checks.ts`, dir).href)) as ChecksModule;
    const solution = (await import(new URL(`${id}/solution.ts`, dir).href)) as LearnerModule;
    assert.ok(checks.length >= 3, 'at least three checks');
    const results = await runChecks(checks, solution);
    for (const result of results) assert.ok(result.passed, `${result.title}\n${result.difference}`);
  });

  test(`${id}: the start code fails at least one check, saying why`, async () => {
    const { checks, sample } = (await import(new URL(`${id}/checks.ts`, dir).href)) as ChecksModule;
    const start = (await import(new URL(`${id}/start.ts`, dir).href)) as LearnerModule;
    const failed = (await runChecks(checks, start)).filter((result) => !result.passed);
    assert.ok(failed.length > 0, 'start code fails a check');
    for (const result of failed) assert.notEqual(result.difference, '', `${result.title} explains the failure`);
    assert.ok(Array.isArray(sample) && sample.length > 0, 'a sample stream to visualise');
  });
}
