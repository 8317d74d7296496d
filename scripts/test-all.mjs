// The README's one test command: unit tests, a production build, browser tests.
// It ends with one line, "N passed, N failed", counting every test it ran.
import { spawn } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';

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

/** Runs node's test runner on some files and adds its pass and fail counts. */
async function nodeTests(pattern) {
  const result = await run(process.execPath, ['--test', '--test-reporter=spec', pattern], { capture: true });
  const count = (label) => Number(result.output.match(new RegExp(`^ℹ ${label} (\\d+)`, 'm'))?.[1] ?? 0);
  passed += count('pass');
  failed += count('fail');
  if (result.code !== 0 && count('fail') === 0) failed += 1; // the runner itself broke
}

await nodeTests('tests/unit/**/*.test.ts');
// The exported Emmett projects: installed from the npm registry, tested, started, type-checked.
await nodeTests('tests/export/*.test.ts');

const build = await run('npx', ['astro', 'build']);
if (build.code !== 0) {
  console.log('The site did not build, so the browser tests could not run.');
  console.log(`${passed} passed, ${failed + 1} failed`);
  process.exit(1);
}

const resultsFile = 'test-results/playwright.json';
await rm(resultsFile, { force: true });
const e2e = await run('npx', ['playwright', 'test', '--reporter=list,json', ...process.argv.slice(2)], {
  env: { PLAYWRIGHT_JSON_OUTPUT_FILE: resultsFile },
});
try {
  const { stats } = JSON.parse(await readFile(resultsFile, 'utf8'));
  passed += stats.expected + stats.flaky;
  failed += stats.unexpected;
} catch {
  failed += 1; // no report: the browser tests did not run at all
}
if (e2e.code !== 0 && failed === 0) failed += 1;

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
