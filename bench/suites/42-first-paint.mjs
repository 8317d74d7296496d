// The playground, an exercise and both embeds on a slow link (issue 15):
// Chromium's network emulation at 20 Mbit/s with 40 ms latency, an empty
// cache, the build served gzipped (bench/gzip-server.mjs). For each page:
// - time to state: from navigation until the example's events, state and
//   projections are all on screen (target: at most 500 ms);
// - time to editor: until Monaco's lines are on screen (information);
// - what was transferred by then, and once the page is quiet.
// Times are performance.now() in the page (from navigation start), read right
// after the first frame that shows the thing, so they include layout and paint.
//
//   npm run bench -- first-paint      (needs `npx astro build` first)
//
// BENCH_ROUNDS=n repeats each page n times (default 3) and prints medians.
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { cpus, loadavg } from 'node:os';
import { freePort, serveGzipped } from '../gzip-server.mjs';
import { EDITOR_FILE } from '../../integrations/editor-files.mjs';
import { printTargets } from '../table.mjs';

const DIST = resolve(process.env.BENCH_DIST ?? 'dist');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const STATE_TARGET = 500;
/** Chromium's emulation: bytes per second and added round-trip latency. */
const LINK = { offline: false, latency: 40, downloadThroughput: (20 * 1e6) / 8, uploadThroughput: (20 * 1e6) / 8 };
const EXERCISE = 'fold-a-stream';

if (!existsSync(resolve(DIST, 'playground/index.html'))) {
  console.log('dist/playground is missing: run `npx astro build` first.');
  process.exit(1);
}

/**
 * What "on screen" means on each kind of page: selectors that all match
 * once the moment is drawn, and the editor's host.
 * @typedef {{ name: string, path: string, state: string[], editor: string }} PageKind
 * @type {PageKind[]}
 */
const PAGES = [
  { name: '/playground', path: '/playground', state: ['#pg-event-list .ev-row', '#pg-state li', '#pg-projections .proj li'], editor: '#pg-code-editor .monaco-editor .view-line' },
  { name: `/exercises/${EXERCISE}`, path: `/exercises/${EXERCISE}`, state: ['[data-ex="fold-events"] li', '[data-ex="fold-tree"] li'], editor: '[data-ex="editor"] .monaco-editor .view-line' },
  { name: '/embed/playground?example=bank-account', path: '/embed/playground?example=bank-account', state: ['#pg-event-list .ev-row', '#pg-state li', '#pg-projections .proj li'], editor: '#pg-code-editor .monaco-editor .view-line' },
  { name: `/embed/exercises/${EXERCISE}`, path: `/embed/exercises/${EXERCISE}`, state: ['[data-ex="fold-events"] li', '[data-ex="fold-tree"] li'], editor: '[data-ex="editor"] .monaco-editor .view-line' },
];

/** @param {number[]} values */
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
};
/** @param {number} bytes */
const kb = (bytes) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(2)} MB` : `${(bytes / 1024).toFixed(0)} KB`);

/**
 * Installed before any page script: watches every frame for the selectors and
 * stamps the first frame in which each group all match.
 * @param {{ state: string[], editor: string }} kind
 */
function watchFirstFrames(kind) {
  /** @type {{ state?: number, editor?: number }} */
  const seen = {};
  Object.defineProperty(window, '__firstFrames', { value: seen });
  // Checked after each frame, not inside its requestAnimationFrame: a page's own
  // rAF callbacks later in the same frame change the DOM before that frame is
  // painted, so a check from within would see their changes one frame late.
  const check = () => {
    if (seen.state === undefined && kind.state.every((s) => document.querySelector(s))) seen.state = performance.now();
    if (seen.editor === undefined && document.querySelector(kind.editor)) seen.editor = performance.now();
    if (seen.state === undefined || seen.editor === undefined) requestAnimationFrame(afterFrame);
  };
  const afterFrame = () => {
    const channel = new MessageChannel();
    channel.port1.onmessage = check;
    channel.port2.postMessage(0);
  };
  requestAnimationFrame(afterFrame);
}

/**
 * One cold visit on the emulated link.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} base
 * @param {PageKind} kind
 */
async function visit(browser, base, kind) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', LINK);
  // Bytes on the wire (gzipped bodies plus headers), split by whose they are; Playwright
  // also sees what the page's workers fetch (Monaco's TypeScript worker).
  const bytes = { total: 0, editor: 0, languageServices: 0 };
  context.on('requestfinished', (request) => {
    void request.sizes().then((sizes) => {
      const size = sizes.responseBodySize + sizes.responseHeadersSize;
      const name = new URL(request.url()).pathname.split('/').pop() ?? '';
      bytes.total += size;
      if (EDITOR_FILE.test(name)) bytes.editor += size;
      if (/^(ts\.worker|tsMode)[.-]/.test(name)) bytes.languageServices += size;
    }, () => undefined);
  });
  await page.addInitScript(watchFirstFrames, { state: kind.state, editor: kind.editor });
  await page.goto(`${base}${kind.path}`, { waitUntil: 'commit' });
  /** @returns {{ state?: number, editor?: number }} */
  const stamps = () => /** @type {{ __firstFrames?: { state?: number, editor?: number } }} */ (/** @type {unknown} */ (window)).__firstFrames ?? {};
  await page.waitForFunction(stamps, null, { timeout: 180_000, polling: 100 }).then(() => page.waitForFunction(`(${stamps})().editor !== undefined`, null, { timeout: 180_000, polling: 100 }));
  // Before issue 15 an exercise drew no state until Check: give it a few seconds, then say so.
  await page.waitForFunction(`(${stamps})().state !== undefined`, null, { timeout: 8_000, polling: 100 }).catch(() => undefined);
  const seen = await page.evaluate(stamps);
  const atEditor = { ...bytes };
  // Whatever starts after the editor (its workers) has a few seconds to arrive.
  await page.waitForTimeout(4000);
  await context.close();
  return { state: seen.state ?? NaN, editor: seen.editor ?? NaN, atEditor, quiet: { ...bytes } };
}

const loadAtStart = loadavg()[0];
const port = await freePort(4425);
const server = await serveGzipped(DIST, port);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
/** @type {import('../table.mjs').Row[]} */
const rows = [];
try {
  for (const kind of PAGES) {
    /** @type {Awaited<ReturnType<typeof visit>>[]} */
    const runs = [];
    for (let round = 0; round < ROUNDS; round += 1) runs.push(await visit(browser, server.base, kind));
    const state = median(runs.map((r) => r.state));
    const editor = median(runs.map((r) => r.editor));
    const last = runs[runs.length - 1];
    const shown = Number.isFinite(state) ? `${state.toFixed(0)} ms` : 'not shown (until Check)';
    rows.push({ measure: `${kind.name}: time to state`, value: shown, target: `<= ${STATE_TARGET} ms`, pass: state <= STATE_TARGET });
    rows.push({ measure: '  time to editor', value: `${editor.toFixed(0)} ms`, target: 'info' });
    if (last) {
      rows.push({ measure: '  transferred by the editor (of it Monaco)', value: `${kb(last.atEditor.total)} (${kb(last.atEditor.editor)})`, target: 'info' });
      rows.push({ measure: '  transferred 4 s later (of it TS language service)', value: `${kb(last.quiet.total)} (${kb(last.quiet.languageServices)})`, target: 'info' });
    }
  }
} finally {
  await browser.close();
  await server.close();
}

printTargets(`Chromium, 20 Mbit/s and 40 ms latency (emulated), empty cache, gzipped build on ${server.base}; median of ${ROUNDS}; ${cpus().length} cores, load average ${loadAtStart.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end`, rows);
