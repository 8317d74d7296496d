// TEMPORARY, until the shared harness (mutants.test.ts, branch teach) lands:
// every mutant of the "After the talk" exercises fails at least one check,
// and each exercise has at least three.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { afterTalkExerciseIds } from '../../../playground/exercises/catalog.ts';
import { runChecks } from '../../../playground/exercises/check-runner.ts';
import type { ExerciseCheck, LearnerModule } from '../../../playground/exercises/kit.ts';

const dir = new URL('../../../playground/exercises/', import.meta.url);

for (const id of afterTalkExerciseIds) {
  test(`${id}: every mutant fails a check`, async () => {
    const { checks } = (await import(new URL(`${id}/checks.ts`, dir).href)) as { checks: ExerciseCheck[] };
    const files = readdirSync(new URL(`${id}/mutants/`, dir)).filter((f) => f.endsWith('.ts'));
    assert.ok(files.length >= 3, `${id} has ${files.length} mutants`);
    for (const file of files) {
      const url = new URL(`${id}/mutants/${file}`, dir);
      assert.match(readFileSync(url, 'utf8').split('\n')[0] ?? '', /^\/\/ \S/, `${file}: first line says what is wrong`);
      const mutant = (await import(url.href)) as LearnerModule;
      const failed = (await runChecks(checks, mutant)).filter((r) => !r.passed);
      assert.ok(failed.length > 0, `${id}/mutants/${file} passes every check`);
    }
  });
}
