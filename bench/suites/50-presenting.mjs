// Presenting: what a slide with a live demo ships. The deck's own script must
// stay small on those slides too (target: at most 20 KB gzip of deck script
// beyond the demo's own code); the demo's code is counted apart, split into
// what loads with the page and the code it imports on demand (run + runner
// client; the worker and the example's own files come on top).
//
//   npx node bench/suites/50-presenting.mjs      (or: npm run bench -- presenting)
//
// Reads the built files only (dist/, or BENCH_DIST=dir); builds dist when missing.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = resolve(process.env.BENCH_DIST ?? 'dist');
const TARGET = 20 * 1024;

if (!existsSync(join(DIST, 'slides'))) {
  console.log(`No build in ${DIST}: building…`);
  const r = spawnSync('npx', ['astro', 'build'], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(1);
}

/** @param {string} url @param {string} from */
const fileFor = (url, from) => {
  const path = url.split(/[?#]/)[0] ?? '';
  if (path.startsWith('/')) return join(DIST, path);
  if (path.startsWith('_astro/')) return join(DIST, path);
  return resolve(dirname(from), path);
};

/**
 * Static import closure of a module.
 * @param {string} file
 * @param {Set<string>} [seen]
 * @returns {Promise<Set<string>>}
 */
async function closure(file, seen = new Set()) {
  if (seen.has(file) || !existsSync(file)) return seen;
  seen.add(file);
  const code = await readFile(file, 'utf8');
  for (const m of code.matchAll(/(?:\bimport|\bfrom)\s*["']([^"']+\.m?js)["']/g)) if (m[1]) await closure(fileFor(m[1], file), seen);
  return seen;
}

/**
 * Modules a module loads on demand: import("./x.js") and Vite's preload list.
 * @param {Iterable<string>} files
 */
async function dynamicOf(files) {
  /** @type {Set<string>} */
  const out = new Set();
  for (const file of files) {
    const code = await readFile(file, 'utf8');
    for (const m of code.matchAll(/import\(\s*["']([^"']+\.m?js)["']\s*\)/g)) if (m[1]) out.add(fileFor(m[1], file));
    for (const m of code.matchAll(/["'](_astro\/[^"']+\.m?js)["']/g)) if (m[1]) out.add(fileFor(m[1], file));
  }
  return out;
}

/** @param {Iterable<string>} files */
const gz = async (files) => {
  let total = 0;
  for (const f of files) total += gzipSync(await readFile(f)).length;
  return total;
};
/** @param {number} n */
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

/** @param {string} htmlFile */
async function pageScripts(htmlFile) {
  const html = await readFile(htmlFile, 'utf8');
  return [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)].map((m) => fileFor(m[1] ?? '', htmlFile));
}

const slideDirs = (await readdir(join(DIST, 'slides'))).filter((d) => /^\d+$/.test(d)).sort((a, b) => Number(a) - Number(b));
const rows = [];
let failed = 0;
for (const n of slideDirs) {
  const html = join(DIST, 'slides', n, 'index.html');
  const text = await readFile(html, 'utf8');
  const demo = /data-demo="([^"]+)"/.exec(text)?.[1];
  if (!demo) continue;
  const scripts = await pageScripts(html);
  const demoEntries = scripts.filter((f) => /Demo\.astro/.test(f));
  const deckEntries = scripts.filter((f) => !demoEntries.includes(f));
  const deck = new Set();
  for (const f of deckEntries) await closure(f, deck);
  const demoStatic = new Set();
  for (const f of demoEntries) await closure(f, demoStatic);
  for (const f of deck) demoStatic.delete(f); // shared chunks count as deck
  const onDemand = new Set();
  for (const f of await dynamicOf(demoStatic)) await closure(f, onDemand);
  for (const f of [...deck, ...demoStatic]) onDemand.delete(f);
  const deckBytes = await gz(deck);
  const ok = deckBytes <= TARGET;
  if (!ok) failed += 1;
  rows.push({
    slide: `/slides/${n}`,
    demo,
    'deck script (gzip)': kb(deckBytes),
    'demo, with the page': kb(await gz(demoStatic)),
    'demo code on demand': `${kb(await gz(onDemand))} (${onDemand.size} files)`,
    target: `≤ ${kb(TARGET)}`,
    ok: ok ? 'yes' : 'NO',
  });
}

// For comparison: a slide without a demo, and the presenter window.
for (const [label, html] of [
  ['/slides/1 (no demo)', join(DIST, 'slides', '1', 'index.html')],
  ['/presenter/1', join(DIST, 'presenter', '1', 'index.html')],
]) {
  if (!existsSync(html)) continue;
  const all = new Set();
  for (const f of await pageScripts(html)) await closure(f, all);
  rows.push({ slide: label, demo: '—', 'deck script (gzip)': kb(await gz(all)), 'demo, with the page': '—', 'demo code on demand': '—', target: '—', ok: '' });
}

console.table(rows);
console.log(failed ? `${failed} demo slide(s) over the deck-script target` : 'Every demo slide is within the deck-script target.');
process.exit(failed ? 1 : 0);
