/**
 * The exported Emmett projects, for real: generated for every example and
 * exercise, unpacked from their zips, installed once from the npm registry
 * (one node_modules in the parent folder, found by Node and TypeScript
 * walking up), then:
 * - three examples and three exercises run `npm test` and `npm start`, and
 *   start prints the state the engine folds from the same events;
 * - every project's TypeScript compiles against Emmett's types (one tsc run);
 * - a learner's edit that breaks an invariant makes `npm test` fail, naming it.
 *
 * Needs the npm registry (nothing else). Run: `npm run test:export`;
 * `npm test` (scripts/test-all.mjs) runs it too.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { createUpcaster, type Command, type Decider, type Event, type Upcaster } from '#engine';
import { exampleIds, type ExampleId } from '../../playground/examples/catalog.ts';
import { exerciseIds, type ExerciseId } from '../../playground/exercises/catalog.ts';
import { emmettProject, type ProjectInput } from '../../src/components/emmett-export/project.ts';
import { zipProject } from '../../src/components/emmett-export/zip.ts';
import { exampleInput, exerciseInput, siteSources } from '../unit/emmett/inputs.ts';

const repo = new URL('../../', import.meta.url);
const work = mkdtempSync(join(tmpdir(), 'emmett-export-'));
const sources = await siteSources();

/**
 * Node 22 first on PATH (the one running this test). Under `npm test` the
 * outer npm exports its script context (npm_package_*, npm_lifecycle_*, its
 * project folder as npm_config_local_prefix); dropped, so that npm works on
 * the project's folder, while the machine's npm settings (registry, cache,
 * proxy) are kept. NODE_TEST_CONTEXT from the outer test runner would make
 * the project's own `node --test` skip its files.
 */
const outerContext = /^npm_(package_|lifecycle_|command$|execpath$|node_execpath$|config_(local_prefix|prefix|global)$)/i;
const inherited = ([name]: [string, unknown]) => !outerContext.test(name) && name !== 'NODE_TEST_CONTEXT';
const env: NodeJS.ProcessEnv = {
  ...Object.fromEntries(Object.entries(process.env).filter(inherited)),
  PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ''}`,
  NO_COLOR: '1',
};

function run(command: string, args: string[], cwd: string, timeoutMs = 120_000) {
  const started = performance.now();
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', timeout: timeoutMs });
  return {
    code: result.status ?? 1,
    output: `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? `\n${result.error.message}` : ''}`,
    seconds: (performance.now() - started) / 1000,
  };
}

/** Generates, zips and unpacks one project into `work/<name>`, as a learner would after the download. */
function unpack(input: ProjectInput, name: string): string {
  const result = emmettProject(input, sources);
  assert.ok(result.ok, result.ok ? '' : result.error);
  for (const [path, bytes] of Object.entries(unzipSync(zipProject(result.folder, result.files)))) {
    const target = join(work, name, path.slice(result.folder.length + 1));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, bytes);
  }
  return join(work, name);
}

const solution = (id: ExerciseId) => readFileSync(new URL(`playground/exercises/${id}/solution.ts`, repo), 'utf8');

/** The state `npm start` printed: the JSON after "State after reading the stream back". */
function printedState(output: string): unknown {
  const lines = output.split('\n');
  const start = lines.findIndex((line) => line.startsWith('State after reading the stream back'));
  assert.ok(start >= 0, `npm start printed no state:\n${output}`);
  const end = lines.findIndex((line, i) => i > start && line.trim() === '');
  return JSON.parse(lines.slice(start + 1, end === -1 ? undefined : end).join('\n'));
}

/** What the engine folds from the same events with the same code: the state start must print. */
async function expectedState(module: string, events: readonly Event[]): Promise<unknown> {
  const domain = (await import(module)) as { decider: Decider<unknown, Command, Event>; upcasters?: readonly Upcaster[] };
  const upcast = createUpcaster(domain.upcasters ?? []);
  return JSON.parse(JSON.stringify(events.map(upcast).reduce(domain.decider.evolve, domain.decider.initialState())));
}

const runExamples: ExampleId[] = ['bank-account', 'ticketfly-seats', 'upcasting'];
const runExercises: ExerciseId[] = ['fold-a-stream', 'decide-with-an-invariant', 'upcasting'];

// Every example with its own code, every exercise with its solution and with its start code.
const projects: { name: string; input: ProjectInput }[] = [];
for (const id of exampleIds) projects.push({ name: `example-${id}`, input: await exampleInput(id) });
for (const id of exerciseIds) {
  projects.push({ name: `exercise-${id}`, input: await exerciseInput(id, solution(id)) });
  projects.push({ name: `exercise-${id}-start`, input: await exerciseInput(id) });
}
const bank = await exampleInput('bank-account');
const withoutBalanceRule = bank.code.replace(/\n\s*if \(command\.data\.amount > state\.balance\) \{[\s\S]*?\n\s{8}\}/, '');
projects.push({ name: 'example-bank-account-broken', input: { ...bank, code: withoutBalanceRule } });
for (const { input, name } of projects) unpack(input, name);

test('one install from the npm registry serves every project', (t) => {
  const manifest = JSON.parse(readFileSync(join(work, 'example-counter', 'package.json'), 'utf8')) as Record<string, unknown>;
  writeFileSync(join(work, 'package.json'), JSON.stringify({ ...manifest, name: 'exported-projects', imports: undefined }, null, 2));
  const install = run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline'], work, 600_000);
  t.diagnostic(`npm install: ${install.seconds.toFixed(1)} s`);
  assert.equal(install.code, 0, `npm install failed (is the npm registry reachable?):\n${install.output}`);
});

test('every exported project compiles against Emmett\'s types', (t) => {
  const config = JSON.parse(readFileSync(join(work, 'example-counter', 'tsconfig.json'), 'utf8')) as { compilerOptions: object };
  const include = projects.flatMap(({ name }) => [`${name}/src`, `${name}/test`, `${name}/engine`]);
  writeFileSync(join(work, 'tsconfig.all.json'), JSON.stringify({ compilerOptions: config.compilerOptions, include }));
  const tsc = run(join(work, 'node_modules', '.bin', 'tsc'), ['--noEmit', '-p', 'tsconfig.all.json'], work, 600_000);
  t.diagnostic(`tsc over ${projects.length} projects: ${tsc.seconds.toFixed(1)} s`);
  const failing = projects.filter(({ name }) => tsc.output.includes(`${name}/`)).map(({ name }) => name);
  assert.deepEqual(failing, [], tsc.output);
  assert.equal(tsc.code, 0, tsc.output);
});

for (const id of runExamples) {
  test(`example ${id}: npm test passes and npm start prints the state the engine folds`, async () => {
    const cwd = join(work, `example-${id}`);
    const tests = run('npm', ['test'], cwd);
    assert.equal(tests.code, 0, tests.output);
    assert.match(tests.output, /# pass [1-9]/);
    assert.match(tests.output, /# fail 0/);
    const start = run('npm', ['start'], cwd);
    assert.equal(start.code, 0, start.output);
    const events = JSON.parse(readFileSync(join(cwd, 'src', 'events.json'), 'utf8')) as Event[];
    assert.deepEqual(printedState(start.output), await expectedState(new URL(`playground/examples/${id}/domain.ts`, repo).href, events));
  });
}

for (const id of runExercises) {
  test(`exercise ${id}: with the solution, npm test passes and npm start prints the folded sample`, async () => {
    const cwd = join(work, `exercise-${id}`);
    const tests = run('npm', ['test'], cwd);
    assert.equal(tests.code, 0, tests.output);
    assert.match(tests.output, /# pass [1-9]/);
    assert.match(tests.output, /# fail 0/);
    const start = run('npm', ['start'], cwd);
    assert.equal(start.code, 0, start.output);
    const events = JSON.parse(readFileSync(join(cwd, 'src', 'events.json'), 'utf8')) as Event[];
    assert.deepEqual(printedState(start.output), await expectedState(new URL(`playground/exercises/${id}/solution.ts`, repo).href, events));
  });
}

test('an edit that breaks an invariant makes npm test fail, naming the rule', () => {
  assert.notEqual(withoutBalanceRule, bank.code, 'the balance check was found and removed');
  const tests = run('npm', ['test'], join(work, 'example-bank-account-broken'));
  assert.notEqual(tests.code, 0);
  assert.match(tests.output, /not ok \d+ - Balance may not go below zero/);
  assert.doesNotMatch(tests.output, /not ok \d+ - (The account must be open|Only an empty account can be closed)/);
});

test('an exercise exported with its start code fails its checks, by name: the export is the learner\'s code', () => {
  const tests = run('npm', ['test'], join(work, 'exercise-decide-with-an-invariant-start'));
  assert.notEqual(tests.code, 0);
  assert.match(tests.output, /not ok \d+ - Given A7 reserved by Ana, when Bo reserves A7/);
});

test('clean up', () => {
  rmSync(work, { recursive: true, force: true });
});
