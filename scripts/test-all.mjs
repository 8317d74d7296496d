// The README's one test command: type check, lint, unit tests, a production build, browser tests.
// It ends with one line, "N passed, N failed", counting every test it ran. The type check and the
// linter count as one test each, so a type error or a broken layer fails `npm test` too. A browser
// test that passed only on a retry is flaky: it is named and counted as failed, never as passed.
import { spawn } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';

/**
 * Runs a command with its output shown; `capture` also keeps its standard output.
 * @param {string} command
 * @param {string[]} args
 * @param {{ capture?: boolean, env?: Record<string, string> }} [options]
 * @returns {Promise<{ code: number, output: string }>}
 */
function run(command, args, { capture = false, env = {} } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      stdio: ['ignore', capture ? 'pipe' : 'inherit', 'inherit'],
      env: { ...process.env, ...env },
    });
    let output = '';
    child.stdout?.on('data', (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

let passed = 0;
let failed = 0;
/** @type {string[]} */
const failures = [];

/** @param {string} name @param {boolean} ok */
function gate(name, ok) {
  if (ok) passed += 1;
  else {
    failed += 1;
    failures.push(name);
  }
}

// The gates first: they are quick to read and say what is wrong without a browser.
gate('npm run check (astro check, tsc)', (await run('npm', ['run', 'check'])).code === 0);
gate('npm run lint (eslint, the layers)', (await run('npm', ['run', 'lint'])).code === 0);

const unit = await run(process.execPath, ['--test', '--test-reporter=spec', 'tests/unit/**/*.test.ts'], { capture: true });
/** @param {string} label */
const count = (label) => Number(unit.output.match(new RegExp(`^ℹ ${label} (\\d+)`, 'm'))?.[1] ?? 0);
passed += count('pass');
failed += count('fail');
if (count('fail') > 0) failures.push(`${count('fail')} unit test(s), see above`);
for (const label of ['skipped', 'todo']) {
  if (count(label) > 0) {
    failed += count(label);
    failures.push(`${count(label)} ${label} unit test(s): every test must run`);
  }
}
if (unit.code !== 0 && count('fail') === 0) gate('the unit test runner', false);

// The exported Emmett projects: generated, installed from the npm registry, tested, started, type-checked.
const exported = await run(process.execPath, ['--test', '--test-reporter=spec', 'tests/export/*.test.ts'], { capture: true });
/** @param {string} label */
const exportCount = (label) => Number(exported.output.match(new RegExp(`^ℹ ${label} (\\d+)`, 'm'))?.[1] ?? 0);
passed += exportCount('pass');
failed += exportCount('fail');
if (exportCount('fail') > 0) failures.push(`${exportCount('fail')} Emmett export test(s), see above`);
if (exported.code !== 0 && exportCount('fail') === 0) gate('the Emmett export test runner', false);

const build = await run('npx', ['astro', 'build']);
if (build.code !== 0) {
  console.log('The site did not build, so the browser tests could not run.');
  console.log(`${passed} passed, ${failed + 1} failed`);
  process.exit(1);
}

/**
 * The parts of Playwright's JSON report read here.
 * @typedef {{ title: string, specs?: Spec[], suites?: Suite[] }} Suite
 * @typedef {{ title: string, file: string, tests: { status: 'expected' | 'unexpected' | 'flaky' | 'skipped' }[] }} Spec
 */

/**
 * Every spec in the report, with its suite titles, so a flaky one can be named.
 * @param {Suite[]} suites
 * @param {string[]} [path]
 * @returns {{ name: string, statuses: string[] }[]}
 */
function specs(suites, path = []) {
  return suites.flatMap((suite) => {
    const here = suite.title && !suite.title.endsWith('.ts') ? [...path, suite.title] : path;
    const own = (suite.specs ?? []).map((spec) => ({
      name: `${spec.file}: ${[...here, spec.title].join(' › ')}`,
      statuses: spec.tests.map((t) => t.status),
    }));
    return [...own, ...specs(suite.suites ?? [], here)];
  });
}

const resultsFile = 'test-results/playwright.json';
await rm(resultsFile, { force: true });
const e2e = await run('npx', ['playwright', 'test', '--reporter=list,json', ...process.argv.slice(2)], {
  env: { PLAYWRIGHT_JSON_OUTPUT_FILE: resultsFile },
});
let e2eFailed = 0;
try {
  /** @type {{ suites: Suite[] }} */
  const report = JSON.parse(await readFile(resultsFile, 'utf8'));
  for (const spec of specs(report.suites)) {
    for (const status of spec.statuses) {
      if (status === 'expected') passed += 1;
      else {
        e2eFailed += 1;
        const why = { flaky: 'flaky: passed only on a retry', skipped: 'skipped', unexpected: 'failed' }[status] ?? status;
        failures.push(`${spec.name} (${why})`);
      }
    }
  }
} catch (error) {
  e2eFailed += 1; // no report: the browser tests did not run at all
  failures.push(`the browser tests left no report: ${error instanceof Error ? error.message : String(error)}`);
}
if (e2e.code !== 0 && e2eFailed === 0) {
  e2eFailed += 1;
  failures.push(`playwright exited with code ${e2e.code}`);
}
failed += e2eFailed;

if (failures.length > 0) {
  console.log('\nNot passed:');
  for (const name of failures) console.log(`  - ${name}`);
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
