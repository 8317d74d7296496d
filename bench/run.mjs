// `npm run bench`: runs every suite in bench/suites in name order; each prints
// its own table. Targets live here, never in timed test assertions.
import { readdir } from 'node:fs/promises';
import { spawnSync } from 'node:child_process';

const only = process.argv[2];
const suites = (await readdir(new URL('./suites/', import.meta.url)))
  .filter((f) => /\.(mjs|ts)$/.test(f))
  .filter((f) => !only || f.includes(only))
  .sort();

let failed = 0;
for (const suite of suites) {
  console.log(`\n## ${suite.replace(/\.(mjs|ts)$/, '')}\n`);
  const { status } = spawnSync(process.execPath, [`bench/suites/${suite}`], { stdio: 'inherit' });
  if (status !== 0) failed += 1;
}
process.exit(failed ? 1 : 0);
