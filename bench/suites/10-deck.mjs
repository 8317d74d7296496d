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
// Beside it, in the same run and with the same method, a reveal.js deck built
// from the same slides' titles and text (bench/reveal-deck.mjs) as an anchor.
//
// Targets (issues 2 and 15): at most 20 KB of gzipped JavaScript on a slide
// page; a median step of at most 30 ms and at most reveal.js's; a p90 step of
// at most 1.5 × the median, over the whole deck, live-demo slides included.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join, relative, resolve, dirname } from 'node:path';
import { gzipSync } from 'node:zlib';
import { measureSteps, median, pct, OUR_DECK, REVEAL_DECK } from '../step-timing.mjs';
import { serveRevealDeck } from '../reveal-deck.mjs';

const REVEAL_VERSION = JSON.parse(await readFile('node_modules/reveal.js/package.json', 'utf8')).version;

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
  const port = await freePort(Number(process.env.BENCH_PORT ?? 4410));
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

// This deck, then the reveal.js anchor, in the same run, the same browser and the same method.
const server = await startPreview();
let run;
try {
  run = await measureSteps(`${server.base}/slides/1`, OUR_DECK, (page) =>
    page.evaluate(async () => {
      const total = Number(document.querySelector('#deck-count')?.getAttribute('data-total'));
      let steps = 0;
      for (let n = 1; n <= total; n++) {
        const doc = new DOMParser().parseFromString(await (await fetch(`/slides/${n}`)).text(), 'text/html');
        steps += doc.querySelectorAll('section.slide [data-step], section.slide .steps li').length;
      }
      return steps + total - 1; // every step of every slide, to the end
    }),
  );
} finally {
  server.stop();
}
const reveal = await serveRevealDeck();
let anchor;
try {
  anchor = await measureSteps(`${reveal.base}/`, REVEAL_DECK, async (page) => {
    await page.waitForFunction(() => document.querySelector('.reveal.ready') !== null);
    return reveal.slides + reveal.fragments - 1;
  });
} finally {
  await reveal.stop();
}

const all = run.results.map((r) => r.ms);
const theirs = anchor.results.map((r) => r.ms);
/** @param {string} kind */
const of = (kind) => run.results.filter((r) => r.kind === kind).map((r) => r.ms);
console.log(`\nKey press (ArrowRight) to the frame that shows it, over the whole deck: ${run.presses} presses here (ended at ${run.end}),`);
console.log(`${anchor.presses} in a reveal.js ${REVEAL_VERSION} deck of the same ${reveal.slides} slides' titles and text (ended at ${anchor.end})\n`);
/** @type {[string, number[]][]} */
const timings = [['all presses', all], ['step revealed', of('step')], ['slide swapped in place', of('slide')], ['full navigation', of('navigation')], ['prerendered navigation', of('prerendered navigation')], ['reveal.js, all presses', theirs]];
const timingRows = timings
  .filter(([, xs]) => xs.length)
  .map(([name, xs]) => [name, xs.length, median(xs).toFixed(1), pct(xs, 0.9).toFixed(1), Math.max(...xs).toFixed(1)]);
table(['', 'count', 'median ms', 'p90 ms', 'max ms'], timingRows);
/** @param {number} a @param {number} b */
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
console.log(`\nThis deck / reveal.js: median ${ratio(median(all), median(theirs))}, p90 ${ratio(pct(all, 0.9), pct(theirs, 0.9))}`);

const jsOk = slideJsMax <= JS_TARGET;
const stepOk = median(all) <= STEP_TARGET;
const anchorOk = median(all) <= median(theirs);
const tailOk = pct(all, 0.9) <= 1.5 * median(all);
console.log(`\nTargets:`);
console.log(`  JS on a slide page  ≤ ${kb(JS_TARGET)} KB gzip: largest ${kb(slideJsMax)} KB  ${jsOk ? 'OK' : 'MISSED'}`);
console.log(`  median step         ≤ ${STEP_TARGET} ms:        ${median(all).toFixed(1)} ms  ${stepOk ? 'OK' : 'MISSED'}`);
console.log(`  median step         ≤ reveal.js's (${median(theirs).toFixed(1)} ms): ${median(all).toFixed(1)} ms  ${anchorOk ? 'OK' : 'MISSED'}`);
console.log(`  p90 step            ≤ 1.5 × median (${(1.5 * median(all)).toFixed(1)} ms): ${pct(all, 0.9).toFixed(1)} ms  ${tailOk ? 'OK' : 'MISSED'}`);
process.exit(jsOk && stepOk && anchorOk && tailOk ? 0 : 1);
