/**
 * The export generator (src/components/emmett-export/): data in, files out.
 * Installing and running the projects is tests/export/emmett-projects.test.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { strFromU8, unzipSync } from 'fflate';
import { checkKitFiles, emmettProject, type ProjectFiles } from '../../../src/components/emmett-export/project.ts';
import { zipProject } from '../../../src/components/emmett-export/zip.ts';
import { projectVersions } from '../../../src/components/emmett-export/versions.ts';
import { exampleInput, exerciseInput, siteSources } from './inputs.ts';

const sources = await siteSources();

function filesOf(result: ReturnType<typeof emmettProject>): ProjectFiles {
  assert.ok(result.ok, result.ok ? '' : result.error);
  return result.files;
}

test('an example exports the editor code as it is, its events, tests, a start script, a README and the engine', async () => {
  const code = '// my edit\n' + (await exampleInput('bank-account')).code;
  const input = await exampleInput('bank-account', code);
  const files = filesOf(emmettProject(input, sources));
  assert.equal(files['src/domain.ts'], code);
  assert.equal(files['src/events.json'], input.eventsText);
  for (const path of ['package.json', 'tsconfig.json', 'README.md', 'src/start.ts', 'src/emmett-adapter.ts', 'test/decider.test.ts', 'engine/index.ts']) {
    assert.ok(files[path], `${path} is in the project`);
  }
  assert.equal(Object.keys(files).filter((path) => path.startsWith('engine/')).length, Object.keys(sources.engine).length);
  const manifest = JSON.parse(files['package.json'] ?? '') as Record<string, Record<string, string>>;
  assert.equal(manifest.dependencies?.['@event-driven-io/emmett'], projectVersions.emmett);
  assert.equal(manifest.imports?.['#engine'], './engine/index.ts');
  assert.match(manifest.scripts?.test ?? '', /--test test\/decider\.test\.ts/);
  assert.match(manifest.scripts?.start ?? '', /src\/start\.ts/);
  assert.match(files['src/start.ts'] ?? '', /"BankAccount-1042"/);
  const spec = files['test/decider.test.ts'] ?? '';
  assert.match(spec, /DeciderSpecification\.for/);
  for (const rule of ['Balance may not go below zero', 'Only an empty account can be closed']) assert.ok(spec.includes(rule), rule);
  assert.match(files['README.md'] ?? '', /npm install && npm test/);
  assert.match(files['README.md'] ?? '', /emmett-postgresql/);
});

test('an exercise exports its checks beside the learner code, and DeciderSpecification tests when it has decider cases', async () => {
  const withCases = filesOf(emmettProject(await exerciseInput('decide-with-an-invariant'), sources));
  assert.ok(withCases['test/decider.test.ts']?.includes('Bo holds four seats'));
  assert.ok(withCases['test/checks/exercise/checks.ts']?.includes('fourForBo'));
  for (const kit of checkKitFiles) assert.ok(withCases[`test/checks/${kit}`], kit);
  const start = await exerciseInput('decide-with-an-invariant');
  assert.equal(withCases['src/domain.ts'], start.code, 'the start code, not the solution');

  const query = filesOf(emmettProject(await exerciseInput('audit-query'), sources));
  assert.equal(query['test/decider.test.ts'], undefined, 'no decider cases, no DeciderSpecification file');
  assert.match(JSON.parse(query['package.json'] ?? '{}').scripts.test, /test\/checks\.test\.ts$/);
});

test('bad input gets a clear message instead of a broken project', async () => {
  const input = await exampleInput('counter');
  const notJson = emmettProject({ ...input, eventsText: '[{ "type": ' }, sources);
  assert.ok(!notJson.ok && /not valid JSON/.test(notJson.error));
  const notEvents = emmettProject({ ...input, eventsText: '[{ "type": "Incremented", "data": 3 }]' }, sources);
  assert.ok(!notEvents.ok && /Event #0/.test(notEvents.error));
  const empty = emmettProject({ ...input, code: '  \n' }, sources);
  assert.ok(!empty.ok && /empty/.test(empty.error));
});

test('the zip holds every file under one folder, byte for byte, and is the same for the same files', async () => {
  const result = emmettProject(await exampleInput('counter'), sources);
  assert.ok(result.ok);
  const zip = zipProject(result.folder, result.files);
  const unpacked = unzipSync(zip);
  assert.deepEqual(Object.keys(unpacked).sort(), Object.keys(result.files).map((path) => `counter-emmett/${path}`).sort());
  assert.equal(strFromU8(unpacked['counter-emmett/src/domain.ts'] ?? new Uint8Array()), result.files['src/domain.ts']);
  assert.deepEqual(zipProject(result.folder, result.files), zip);
});
