// A zip-bomb share link, in Chromium against the production build: a 0.95 MB
// fragment that would inflate to 690 MB. The page refuses it at 20 MB; this
// prints how long reading it took and the longest stretch the decoder held
// the main thread (target: at most 100 ms, the "long task" line), from the
// page's own measures (pg:share-decode, pg:share-decode-slice).
// Needs `npx astro build` first. Starts `astro preview` on port 4431 unless
// something already serves there. Run: `npm run bench -- share-link`.
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { zipBombFragment } from '../../tests/fixtures/share-bomb.ts';
import { printTargets } from '../table.mjs';

const PORT = 4431;
const RUNS = 5;
const loadAtStart = loadavg()[0];
const BASE = `http://127.0.0.1:${PORT}`;

if (!existsSync(new URL('../../dist/playground/index.html', import.meta.url))) {
  console.log('dist/playground is missing: run `npx astro build` first.');
  process.exit(1);
}

async function up() {
  try {
    return (await fetch(`${BASE}/playground`)).ok;
  } catch {
    return false;
  }
}

let server;
if (!(await up())) {
  server = spawn('npx', ['astro', 'preview', '--port', String(PORT), '--host', '127.0.0.1', '--ignore-lock'], { stdio: 'ignore', detached: true });
  for (let i = 0; i < 240 && !(await up()); i += 1) await new Promise((r) => setTimeout(r, 500));
}

/** @param {number[]} values */
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const fragment = zipBombFragment(690);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const totals = [];
const longest = [];
let refused = 0;
try {
  for (let run = 0; run < RUNS; run += 1) {
    const page = await browser.newPage();
    // The URL is a megabyte long: never let an error message print it.
    await page.goto(`${BASE}/playground?run=${run}#share=${fragment}`).catch((error) => {
      throw new Error(`could not open the playground: ${String(error.message).slice(0, 80)}`);
    });
    await page.locator('.pg[data-ready="true"]').waitFor({ state: 'attached', timeout: 60_000 });
    const measured = await page.evaluate(() => ({
      total: performance.getEntriesByName('pg:share-decode')[0]?.duration ?? Number.NaN,
      slices: performance.getEntriesByName('pg:share-decode-slice').map((entry) => entry.duration),
      notice: document.getElementById('pg-link-alert')?.textContent ?? '',
    }));
    totals.push(measured.total);
    longest.push(Math.max(...measured.slices));
    if (/more than 20 MB/.test(measured.notice)) refused += 1;
    await page.close();
  }
} finally {
  await browser.close();
  if (server?.pid !== undefined) process.kill(-server.pid);
}

/** @param {number} value */
const ms = (value) => `${value.toFixed(0)} ms`;
printTargets(
  `Chromium, production build, ${BASE}; ${RUNS} runs; ${cpus().length} cores, load average ${loadAtStart.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end`,
  [
    { measure: `fragment (${(fragment.length / 1e6).toFixed(2)} MB) refused at 20 MB`, value: `${refused} of ${RUNS}`, target: `${RUNS} of ${RUNS}`, pass: refused === RUNS },
    { measure: 'reading the link, median', value: ms(median(totals)), target: '-' },
    { measure: 'longest decoder stretch, median of runs', value: ms(median(longest)), target: '≤ 100 ms', pass: median(longest) <= 100 },
    { measure: 'longest decoder stretch, worst run', value: ms(Math.max(...longest)), target: '-' },
  ],
);
