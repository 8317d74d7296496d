// The round trip of a small run through the runner worker in Chromium: the
// page hands code and events to the worker and gets state back.
//
//   npx node bench/suites/30-runner-roundtrip.mjs   (or: npm run bench -- runner)
//
// Uses dist/ (builds it when missing; BENCH_DIST=dir to measure another
// build), serves it with `astro preview --ignore-lock` on a free port from
// 4420 (stopped at the end), opens /lab/runner and drives the page's own
// client through window.__runnerBench, so the numbers include comlink,
// structured clone and the watchdog bookkeeping a real page pays.
//
// Target (issue 3): a small run (load + setEvents + stateAt) at most 20 ms median.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';

const DIST = resolve(process.env.BENCH_DIST ?? 'dist');
const RUNS = 50;
const WARMUP = 60;
const TARGET_MS = 20;

/**
 * @param {number} from
 * @returns {Promise<number>}
 */
function freePort(from) {
  return new Promise((ok) => {
    const s = createServer();
    s.once('error', () => ok(freePort(from + 1)));
    s.listen(from, '127.0.0.1', () => s.close(() => ok(from)));
  });
}

async function serve() {
  const port = await freePort(4420);
  const child = spawn('npx', ['astro', 'preview', '--port', String(port), '--host', '127.0.0.1', '--ignore-lock', '--outDir', DIST], {
    stdio: 'ignore',
    detached: true,
  });
  const base = `http://127.0.0.1:${port}`;
  const stop = () => {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  for (let i = 0; i < 360; i++) {
    try {
      if ((await fetch(`${base}/lab/runner`)).ok) return { base, stop };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  stop();
  throw new Error('astro preview did not start');
}

if (!existsSync(resolve(DIST, 'lab/runner/index.html'))) {
  console.log(`No ${DIST}/lab/runner: building first...`);
  const b = spawnSync('npx', ['astro', 'build', '--outDir', DIST], { stdio: 'inherit' });
  if (b.status !== 0) process.exit(1);
}

const server = await serve();
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
let rows;
try {
  const page = await browser.newPage();
  await page.goto(`${server.base}/lab/runner`);
  await page.waitForSelector('html[data-runner-lab="ready"]');
  const code = await page.inputValue('#code');
  rows = await page.evaluate(async ({ code, runs, WARMUP }) => {
    const lab = window.__runnerBench;
    if (!lab) throw new Error('the runner lab page did not expose its client (window.__runnerBench)');
    const runner = lab.runner;
    const events = Array.from({ length: 20 }, (_, i) => ({
      type: i % 4 === 3 ? 'MoneyWithdrawn' : 'MoneyDeposited',
      data: { amount: 10 + i },
      metadata: { by: 'bench', occurredAt: new Date(Date.UTC(2026, 0, 1 + i)).toISOString() },
    }));
    const eventsText = JSON.stringify(events);
    /** @param {{ ok: boolean, error?: { kind: string, message: string } }} reply */
    const must = (reply) => {
      if (!reply.ok) throw new Error(`${reply.error?.kind}: ${reply.error?.message}`);
    };
    /** @param {(i: number) => Promise<void>} fn */
    const time = async (fn) => {
      /** @type {number[]} */
      const samples = [];
      for (let i = 0; i < runs; i++) {
        const t0 = performance.now();
        await fn(i);
        samples.push(performance.now() - t0);
      }
      samples.sort((a, b) => a - b);
      /** @param {number} q */
      const at = (q) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? NaN;
      return { median: at(0.5), p95: at(0.95), min: at(0) };
    };
    /** @param {number} i */
    const smallRunOnce = async (i) => {
      // A fresh edit each time (a comment), so nothing is cached by text.
      must(await runner.load(`${code}\n// edit ${i}`));
      must(await runner.setEvents(eventsText));
      must(await runner.stateAt(20));
    };
    /** @param {number} i */
    const withProjectionsOnce = async (i) => {
      await smallRunOnce(i);
      must(await runner.projectionsAt(20));
    };
    /** @param {number} i */
    const loadOnce = async (i) => {
      must(await runner.load(`${code}\n// edit ${i}`));
    };
    /** @param {number} i */
    const stateOnce = async (i) => {
      must(await runner.stateAt(i % 21));
    };
    const pingOnce = async () => {
      must(await runner.ping());
    };
    // Warm up everything first: worker start, and sucrase and the engine through
    // the JIT tiers (measured: the first ~50 small runs are several times slower).
    for (let i = 0; i < WARMUP; i++) {
      await withProjectionsOnce(i);
      await stateOnce(i);
      await pingOnce();
    }
    const smallRun = await time(smallRunOnce);
    const withProjections = await time(withProjectionsOnce);
    const loadOnly = await time(loadOnce);
    must(await runner.setEvents(eventsText));
    const oneCall = await time(stateOnce);
    const ping = await time(pingOnce);
    /** @type {[string, { median: number, p95: number, min: number }, boolean][]} */
    const measured = [
      ['small run: load + setEvents + stateAt (20 events)', smallRun, true],
      ['small run + projectionsAt', withProjections, false],
      ['load only (transpile + evaluate ~45 lines)', loadOnly, false],
      ['one stateAt (time travel step)', oneCall, false],
      ['ping (boundary cost only)', ping, false],
    ];
    return measured;
  }, { code, runs: RUNS, WARMUP });
} finally {
  await browser.close();
  server.stop();
}

/** @param {number} ms */
const fmt = (ms) => `${ms.toFixed(2)} ms`;
console.log(`Runner round trips in Chromium, ${RUNS} runs each after ${WARMUP} warm-up runs of each:\n`);
console.log('| Measure | Median | p95 | Min | Target |');
console.log('|---|---:|---:|---:|---|');
let failed = false;
for (const [name, r, targeted] of rows) {
  const verdict = targeted ? (r.median <= TARGET_MS ? `≤ ${TARGET_MS} ms: met` : `≤ ${TARGET_MS} ms: MISSED`) : '';
  if (targeted && r.median > TARGET_MS) failed = true;
  console.log(`| ${name} | ${fmt(r.median)} | ${fmt(r.p95)} | ${fmt(r.min)} | ${verdict} |`);
}
process.exit(failed ? 1 : 0);
