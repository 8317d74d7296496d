// The deck's weight and speed: JS and CSS bytes each built page ships, and
// the time from a key press to the frame that shows the result, over the
// whole talk in Chromium.
//
//   npx node bench/suites/10-deck.mjs      (or: npm run bench -- deck)
//
// Uses dist/ (builds it when missing; BENCH_DIST=dir to measure another
// build) and serves it with `astro preview --ignore-lock` on a free port from
// 4410, stopped at the end.
//
// Targets (issue 2): at most 20 KB of gzipped JavaScript on a slide page, and
// a median step of at most 30 ms.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join, relative, resolve, dirname } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const DIST = resolve(process.env.BENCH_DIST ?? 'dist');
const JS_TARGET = 20 * 1024;
const STEP_TARGET = 30;

// ---------------------------------------------------------------- bytes

/**
 * @param {string} dir
 * @returns {Promise<string[]>}
 */
async function htmlFiles(dir) {
  /** @type {string[]} */
  const out = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await htmlFiles(p)));
    else if (e.name.endsWith('.html')) out.push(p);
  }
  return out;
}

/** @param {string} tag @param {string} name @returns {string | undefined} */
const attr = (tag, name) => new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag)?.slice(2).find((v) => v !== undefined);

/**
 * A built file for a URL path on the site.
 * @param {string} url
 * @param {string} fromFile
 */
function fileFor(url, fromFile) {
  const path = url.split(/[?#]/)[0] ?? '';
  return path.startsWith('/') ? join(DIST, path) : resolve(dirname(fromFile), path);
}

/**
 * A module and every module it imports statically, each counted once per page.
 * @param {string} file
 * @param {Set<string>} seen
 * @returns {Promise<void>}
 */
async function jsClosure(file, seen) {
  if (seen.has(file) || !existsSync(file)) return;
  seen.add(file);
  const code = await readFile(file, 'utf8');
  // Minified static imports: import"./a.js"; import{x}from"./b.js"; export*from"./c.js"
  for (const m of code.matchAll(/(?:\bimport|\bfrom)\s*["']([^"']+\.m?js)["']/g)) {
    if (m[1]) await jsClosure(fileFor(m[1], file), seen);
  }
}

/** @typedef {{ raw: number, gzip: number }} Size */
/** @param {Buffer} buf @returns {Size} */
const size = (buf) => ({ raw: buf.length, gzip: gzipSync(buf).length });
/** @param {Size} a @param {Size} b @returns {Size} */
const add = (a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
const ZERO = { raw: 0, gzip: 0 };

/** @param {string} htmlFile */
async function pageWeight(htmlFile) {
  const html = await readFile(htmlFile, 'utf8');
  let js = ZERO;
  let css = ZERO;
  /** @type {Set<string>} */
  const jsFiles = new Set();
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const type = attr(m[0].slice(0, m[0].indexOf('>') + 1), 'type');
    if (type && !/^(module|text\/javascript)$/i.test(type)) continue; // JSON, speculation rules
    const src = attr(`<x ${m[1]}>`, 'src');
    if (src) await jsClosure(fileFor(src, htmlFile), jsFiles);
    else js = add(js, size(Buffer.from(m[2] ?? '')));
  }
  for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = attr(m[0], 'rel') ?? '';
    const href = attr(m[0], 'href');
    if (!href) continue;
    if (/stylesheet/i.test(rel)) css = add(css, size(await readFile(fileFor(href, htmlFile))));
    if (/modulepreload/i.test(rel)) await jsClosure(fileFor(href, htmlFile), jsFiles);
  }
  for (const f of jsFiles) js = add(js, size(await readFile(f)));
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) css = add(css, size(Buffer.from(m[1] ?? '')));
  return { js, css, html: size(Buffer.from(html)) };
}

/** @param {number} n */
const kb = (n) => (n / 1024).toFixed(1);

/**
 * @param {string[]} header
 * @param {(string | number)[][]} rows
 */
function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  /** @param {(string | number)[]} cells */
  const line = (cells) => '| ' + cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join(' | ') + ' |';
  console.log(line(header));
  console.log('|' + widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : '-'.repeat(w + 1) + ':')).join('|') + '|');
  for (const r of rows) console.log(line(r));
}

// ---------------------------------------------------------------- server

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

/**
 * Stops a detached child's whole process group (npx and the server it started).
 * @param {number | undefined} pid undefined when the spawn itself failed: nothing to stop
 */
function stopGroup(pid) {
  if (pid !== undefined) process.kill(-pid, 'SIGTERM');
}

async function startPreview() {
  const port = await freePort(4410);
  const child = spawn('npx', ['astro', 'preview', '--port', String(port), '--host', '127.0.0.1', '--ignore-lock', '--outDir', DIST], {
    stdio: 'ignore',
    detached: true, // its own process group, so stopping it stops npx's children too
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${base}/`)).ok) return { base, stop: () => stopGroup(child.pid) };
    } catch {
      // not listening yet: try again shortly
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  stopGroup(child.pid);
  throw new Error('astro preview did not start');
}

// ---------------------------------------------------------------- timing

/*
 * How a step is timed, in the page (init script, before any page script):
 * - t0 = the keydown event's timeStamp, taken by a capture listener on window,
 *   i.e. when the browser handed the key press to the page, before the deck
 *   saw it.
 * - A MutationObserver on the stage sees the deck change the slide (a step
 *   revealed, or the slide swapped). We then wait for the next animation frame
 *   and post a message: that message runs after the frame holding the change
 *   has been rendered, so t1 - t0 is key press to the frame that shows it.
 * - If a key press leads to a full navigation instead (slides marked
 *   data-full-navigation), the new document's first contentful paint, on the
 *   same epoch clock (timeOrigin), ends the measurement; if the browser had
 *   prerendered it (Speculation Rules), the first frame after activation does.
 * Results go to sessionStorage so they survive navigations.
 */
const PROBE = () => {
  const KEY = '__deckBench';
  const now = () => performance.timeOrigin + performance.now();
  /** @param {number} ms @param {string} kind */
  const store = (ms, kind) => {
    const all = JSON.parse(sessionStorage.getItem(KEY) ?? '[]');
    all.push({ ms, kind });
    sessionStorage.setItem(KEY, JSON.stringify(all));
    sessionStorage.removeItem(`${KEY}:at`);
  };
  /** @type {number | null} */
  let pending = null;
  window.addEventListener(
    'keydown',
    (e) => {
      pending = performance.timeOrigin + e.timeStamp;
      sessionStorage.setItem(`${KEY}:at`, String(pending));
    },
    true,
  );
  /** @param {() => void} fn */
  const afterNextFrame = (fn) =>
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = fn;
      ch.port2.postMessage(0);
    });
  const arrived = () => {
    const cameFrom = Number(sessionStorage.getItem(`${KEY}:at`));
    if (!cameFrom) return;
    // activationStart and prerendering are newer than TypeScript's DOM types (Speculation Rules).
    const navigation = /** @type {(PerformanceEntry & { activationStart?: number }) | undefined} */ (performance.getEntriesByType('navigation')[0]);
    if ((navigation?.activationStart ?? 0) > 0) {
      // Prerendered ahead of the key press: it shows with the first frame after activation.
      afterNextFrame(() => store(now() - cameFrom, 'prerendered navigation'));
      return;
    }
    new PerformanceObserver((list) => {
      const fcp = list.getEntries().find((e) => e.name === 'first-contentful-paint');
      if (fcp) store(performance.timeOrigin + fcp.startTime - cameFrom, 'navigation');
    }).observe({ type: 'paint', buffered: true });
  };
  if (/** @type {Document & { prerendering?: boolean }} */ (document).prerendering) document.addEventListener('prerenderingchange', arrived, { once: true });
  else arrived();
  addEventListener('DOMContentLoaded', () => {
    const stage = document.getElementById('deck-stage');
    if (!stage) return;
    new MutationObserver((records) => {
      if (pending === null) return;
      const at = pending;
      pending = null;
      const kind = records.some((r) => r.type === 'childList') ? 'slide' : 'step';
      afterNextFrame(() => store(now() - at, kind));
    }).observe(stage, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-revealed'] });
  });
};

/** @param {string} base */
async function measureSteps(base) {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.addInitScript(PROBE);
    await page.goto(`${base}/slides/1`);
    const total = Number(await page.locator('#deck-count').getAttribute('data-total'));
    const counts = await page.evaluate(async (total) => {
      /** @type {number[]} */
      const out = [];
      for (let n = 1; n <= total; n++) {
        const doc = new DOMParser().parseFromString(await (await fetch(`/slides/${n}`)).text(), 'text/html');
        out.push(doc.querySelectorAll('section.slide [data-step], section.slide .steps li').length);
      }
      return out;
    }, total);
    const presses = counts.reduce((a, c) => a + c + 1, 0) - 1; // every step of every slide, to the end
    /** @returns {Promise<{ ms: number, kind: string }[]>} */
    const results = () => page.evaluate(() => JSON.parse(sessionStorage.getItem('__deckBench') ?? '[]'));
    for (let i = 0; i < presses; i++) {
      // A presenter pauses between key presses; 300 ms lets the deck prefetch
      // the neighbours as it would in a talk, and keeps the run short.
      await page.waitForTimeout(300);
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction((n) => JSON.parse(sessionStorage.getItem('__deckBench') ?? '[]').length > n, i, { timeout: 10_000 });
    }
    const end = new URL(page.url()).pathname;
    return { total, presses, results: await results(), end };
  } finally {
    await browser.close();
  }
}

/** @param {number[]} xs */
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length ? (s.length % 2 ? (s[m] ?? NaN) : ((s[m - 1] ?? NaN) + (s[m] ?? NaN)) / 2) : NaN;
};
/** @param {number[]} xs @param {number} p */
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length - 1) * p))] ?? NaN;

// ---------------------------------------------------------------- main

if (!existsSync(join(DIST, 'index.html'))) {
  console.log(`No build in ${relative(process.cwd(), DIST) || DIST}: building...`);
  const b = spawnSync('npx', ['astro', 'build', '--outDir', DIST], { stdio: 'inherit' });
  if (b.status !== 0) process.exit(1);
}

const files = (await htmlFiles(DIST)).sort();
/** @type {string[][]} */
const rows = [];
let slideJsMax = 0;
for (const f of files) {
  const w = await pageWeight(f);
  const route = '/' + relative(DIST, dirname(f)).replaceAll('\\', '/');
  if (/^\/slides\/\d+$/.test(route)) slideJsMax = Math.max(slideJsMax, w.js.gzip);
  rows.push([route === '/.' ? '/' : route, kb(w.js.raw), kb(w.js.gzip), kb(w.css.raw), kb(w.css.gzip), kb(w.html.gzip)]);
}
rows.sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? '', 'en', { numeric: true }));
console.log(`Bytes each page ships (KB; JS = its scripts and every module they import statically; gzip level 6):\n`);
table(['page', 'JS raw', 'JS gzip', 'CSS raw', 'CSS gzip', 'HTML gzip'], rows);

const server = await startPreview();
let run;
try {
  run = await measureSteps(server.base);
} finally {
  server.stop();
}
const all = run.results.map((r) => r.ms);
/** @param {string} kind */
const of = (kind) => run.results.filter((r) => r.kind === kind).map((r) => r.ms);
console.log(`\nKey press (ArrowRight) to the frame that shows it, over the whole deck: ${run.total} slides, ${run.presses} presses, ended at ${run.end}\n`);
/** @type {[string, number[]][]} */
const timings = [['all presses', all], ['step revealed', of('step')], ['slide swapped in place', of('slide')], ['full navigation', of('navigation')], ['prerendered navigation', of('prerendered navigation')]];
const timingRows = timings
  .filter(([, xs]) => xs.length)
  .map(([name, xs]) => [name, xs.length, median(xs).toFixed(1), pct(xs, 0.9).toFixed(1), Math.max(...xs).toFixed(1)]);
table(['', 'count', 'median ms', 'p90 ms', 'max ms'], timingRows);

const jsOk = slideJsMax <= JS_TARGET;
const stepOk = median(all) <= STEP_TARGET;
console.log(`\nTargets:`);
console.log(`  JS on a slide page  ≤ ${kb(JS_TARGET)} KB gzip: largest ${kb(slideJsMax)} KB  ${jsOk ? 'OK' : 'MISSED'}`);
console.log(`  median step         ≤ ${STEP_TARGET} ms:        ${median(all).toFixed(1)} ms  ${stepOk ? 'OK' : 'MISSED'}`);
process.exit(jsOk && stepOk ? 0 : 1);
