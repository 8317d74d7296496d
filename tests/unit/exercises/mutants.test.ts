// Checks that catch wrong answers. Each exercise keeps known-wrong solutions
// in its `mutants/` folder: files `<what-is-wrong>.ts`, each the solution with
// a few lines replaced (`mutation.ts`), whose first line says what is wrong
// and which check must catch it. A mutant that passes every check means the checks
// accept a wrong answer, so this test fails until a check is strengthened.
// When the first line quotes the check (`"Bo takes A7 ..." must catch it`),
// that check must be among those that failed, so the comment stays true.
//
// Every mutant is run both ways a solution is: imported directly and checked
// with runChecks (as checks.test.ts does), and compiled from its text and
// checked through the runner session (as the browser does, worker-path.test.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { exerciseIds } from '../../../playground/exercises/catalog.ts';
import { runChecks } from '../../../playground/exercises/check-runner.ts';
import type { ExerciseCheck, LearnerModule } from '../../../playground/exercises/kit.ts';
import { applyMutation, type Mutation } from '../../../playground/exercises/mutation.ts';
import { createSession } from '../../../playground/runner/session.ts';
import { runExercise } from '../../../playground/exercises/worker-checks.ts';

const dir = new URL('../../../playground/exercises/', import.meta.url);
const MIN_MUTANTS = 3;

interface ChecksModule {
  checks: ExerciseCheck[];
}

const engineUrl = new URL('../../../playground/engine/index.ts', import.meta.url).href;
const scratch = mkdtempSync(join(tmpdir(), 'esi-mutants-'));

/** The wrong answer's source text: solution.ts with the mutant's edits applied. */
async function mutantSource(id: string, file: string): Promise<string> {
  const { mutation } = (await import(new URL(`${id}/mutants/${file}`, dir).href)) as { mutation: Mutation };
  const solution = readFileSync(new URL(`${id}/solution.ts`, dir), 'utf8');
  try {
    return applyMutation(solution, mutation);
  } catch (error) {
    throw new Error(`mutants/${file} no longer applies to ${id}/solution.ts: ${(error as Error).message}`, { cause: error });
  }
}

/** The wrong answer imported as a module, as checks.test.ts imports a solution. */
async function importMutant(id: string, file: string): Promise<LearnerModule> {
  const path = join(scratch, `${id}--${file.replace(/\.ts$/, '.mts')}`);
  writeFileSync(path, (await mutantSource(id, file)).replaceAll(`from '#engine'`, `from '${engineUrl}'`));
  return (await import(pathToFileURL(path).href)) as LearnerModule;
}

/** The mutant files of one exercise, sorted so failures read in a stable order. */
function mutantFiles(id: string): string[] {
  const folder = new URL(`${id}/mutants/`, dir);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.ts'))
    .sort();
}

/**
 * The checks a mutant's first line names as the one that must catch it
 * (`"Bo takes A7 ..." must catch it`), each split at "..." into parts that
 * must all appear in the title of one check that failed.
 */
function namedChecks(firstLine: string): string[][] {
  return [...firstLine.matchAll(/"([^"]+)"(?: or "[^"]+")* must catch it/g), ...firstLine.matchAll(/or "([^"]+)" must catch it/g)].map((match) =>
    (match[1] ?? '')
      .split(/\.\.\.|…/)
      .map((part) => part.trim())
      .filter((part) => part !== ''),
  );
}

for (const id of exerciseIds) {
  const files = mutantFiles(id);

  test(`${id}: has at least ${MIN_MUTANTS} mutants, each saying on its first line what is wrong`, () => {
    assert.ok(
      files.length >= MIN_MUTANTS,
      `playground/exercises/${id}/mutants/ holds ${files.length} mutant(s); at least ${MIN_MUTANTS} are needed`,
    );
    for (const file of files) {
      const firstLine = readFileSync(new URL(`${id}/mutants/${file}`, dir), 'utf8').split('\n')[0] ?? '';
      assert.match(firstLine, /^\/\/ \S.{10,}/, `${id}/mutants/${file}: the first line is a comment saying what is wrong`);
    }
  });

  test(`${id}: every edit of every mutant changes the solution`, async () => {
    for (const file of files) {
      const { mutation } = (await import(new URL(`${id}/mutants/${file}`, dir).href)) as { mutation: Mutation };
      assert.ok(mutation.length > 0, `mutants/${file} has edits`);
      for (const edit of mutation) assert.notDeepEqual(edit.replace, edit.with, `mutants/${file}: an edit that changes nothing`);
    }
  });

  for (const file of files) {
    test(`${id}: the mutant ${file} fails at least one check`, async () => {
      const { checks } = (await import(new URL(`${id}/checks.ts`, dir).href)) as ChecksModule;
      const mutant = await importMutant(id, file);
      const results = await runChecks(checks, mutant);
      const failed = results.filter((result) => !result.passed);
      assert.ok(failed.length > 0, `every check passed: the checks of ${id} accept the wrong answer in mutants/${file}`);
      for (const result of failed) assert.notEqual(result.difference, '', `${result.title} explains the failure`);
      // The first line names the check that must catch it, in quotes: that check must be among the failed ones.
      const named = namedChecks(readFileSync(new URL(`${id}/mutants/${file}`, dir), 'utf8').split('\n')[0] ?? '');
      if (named.length > 0) {
        assert.ok(
          failed.some((result) => named.some((parts) => parts.every((part) => result.title.includes(part)))),
          `mutants/${file} names ${named.map((parts) => `"${parts.join(' ... ')}"`).join(' or ')}, but the checks that failed were:\n` +
            failed.map((result) => result.title).join('\n'),
        );
      }
    });

    test(`${id}: the mutant ${file} loads in the runner session and fails there too`, async () => {
      const session = createSession({ exercises: runExercise });
      const loaded = session.load(await mutantSource(id, file));
      assert.ok(loaded.ok, `mutants/${file} compiles and loads: ${JSON.stringify(loaded)}`);
      const result = await session.runExercise(id);
      if (!result.ok) assert.fail(`the checks could not run: ${JSON.stringify(result)}`);
      assert.equal(result.passed, false, `the runner session passes mutants/${file}`);
    });
  }
}
