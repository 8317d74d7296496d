// Where a deck step's time goes, in Chromium: a CDP trace of key presses
// (style recalculation, layout, paint, script) plus the deck's own writes,
// timed by wrapping them in the page (announcement, title, history). Each
// press is split at the frame that shows it (marked in the page the way the
// bench times a press): what the audience waits for, and what comes after.
//
//   npx node bench/profile-step.mjs [from-slide=2] [presses=40]
//
// Uses dist/ (run `npx astro build` first) served by `astro preview` on a
// free port from 4452. Prints milliseconds per key press; not a suite of
// `npm run bench` (tracing slows the page down, so its totals are no anchor).
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { chromium } from '@playwright/test';

const from = Number(process.argv[2] ?? 2);
const presses = Number(process.argv[3] ?? 40);

/** @param {number} p @returns {Promise<number>} */
const freePort = (p) =>
  new Promise((ok) => {
    const s = createServer();
    s.once('error', () => ok(freePort(p + 1)));
    s.listen(p, '127.0.0.1', () => s.close(() => ok(p)));
  });

const port = await freePort(4452);
const server = spawn('npx', ['astro', 'preview', '--port', String(port), '--host', '127.0.0.1', '--ignore-lock'], { stdio: 'ignore', detached: true });
const base = `http://127.0.0.1:${port}`;
for (let i = 0; i < 120; i++) {
  const up = await fetch(base).then((r) => r.ok, () => false);
  if (up) break;
  await new Promise((r) => setTimeout(r, 250));
}

/* In the page: time the deck's own writes, which a trace shows only as "script". */
const WRAP = () => {
  /** @type {Record<string, number>} */
  const spent = { announcement: 0, title: 0, history: 0 };
  Object.defineProperty(window, '__deckSpent', { value: spent });
  // Between a key press and the frame that shows it, a write is on the audience's path ("!" in its key).
  let waiting = false;
  addEventListener(
    'keydown',
    () => {
      waiting = true;
      performance.mark('deck-key');
    },
    true,
  );
  addEventListener('DOMContentLoaded', () => {
    const stage = document.getElementById('deck-stage');
    if (!stage) return;
    new MutationObserver((records) => {
      if (!waiting) return;
      const kind = records.some((r) => r.type === 'childList') ? 'slide' : 'step';
      requestAnimationFrame(() => {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => {
          waiting = false;
          performance.mark(`deck-shown:${kind}`);
        };
        ch.port2.postMessage(0);
      });
    }).observe(stage, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-revealed'] });
  });
  /**
   * @template {Function} F
   * @param {string} key @param {F} fn @returns {F}
   */
  const timed = (key, fn) =>
    /** @type {F} */ (
      /** @type {unknown} */ (
        /** @this {unknown} */
        function (/** @type {unknown[]} */ ...args) {
          const t = performance.now();
          try {
            return Reflect.apply(fn, this, args);
          } finally {
            const k = waiting ? `${key}!` : key;
            spent[k] = (spent[k] ?? 0) + performance.now() - t;
          }
        }
      )
    );
  History.prototype.pushState = timed('history', History.prototype.pushState);
  History.prototype.replaceState = timed('history', History.prototype.replaceState);
  const title = Object.getOwnPropertyDescriptor(Document.prototype, 'title');
  if (title?.set) Object.defineProperty(Document.prototype, 'title', { ...title, set: timed('title', title.set) });
  const text = Object.getOwnPropertyDescriptor(Node.prototype, 'textContent');
  const setText = text?.set;
  if (text && setText) {
    const announce = timed('announcement', setText);
    Object.defineProperty(Node.prototype, 'textContent', {
      ...text,
      set(/** @type {string} */ v) {
        (/** @type {Element} */ (this).id === 'deck-announce' ? announce : setText).call(this, v);
      },
    });
  }
};

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.addInitScript(WRAP);
  await page.goto(`${base}/slides/${from}`);
  await page.waitForTimeout(1000);
  const cdp = await page.context().newCDPSession(page);
  /** @type {{ name: string, ph: string, ts?: number, dur?: number, pid: number, tid: number, args?: { name?: string } }[]} */
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(.../** @type {typeof events} */ (/** @type {unknown} */ (e.value))));
  const done = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,blink.user_timing,v8.execute', transferMode: 'ReportEvents' });
  const navigations = [];
  /** @type {Record<string, number>} */
  const writes = {};
  for (let i = 0; i < presses; i++) {
    const before = page.url();
    const beforeDoc = await page.evaluate(() => performance.timeOrigin);
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(300);
    const after = await page.evaluate(() => ({ origin: performance.timeOrigin, spent: /** @type {{ __deckSpent: Record<string, number> }} */ (/** @type {unknown} */ (window)).__deckSpent }));
    if (after.origin !== beforeDoc) navigations.push(`${before} -> ${page.url()}`);
    else for (const [k, ms] of Object.entries(after.spent)) writes[k] = (writes[k] ?? 0) + ms;
    await page.evaluate(() => {
      const s = /** @type {{ __deckSpent: Record<string, number> }} */ (/** @type {unknown} */ (window)).__deckSpent;
      for (const k of Object.keys(s)) s[k] = 0;
    });
  }
  await cdp.send('Tracing.end');
  await done;
  // The renderer's main thread(s): where style, layout and the deck's script run.
  const main = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  // Each press, from its key to the frame that shows it: what the audience waits for.
  const marks = events.filter((e) => /^deck-(key|shown)/.test(e.name) && e.ts !== undefined).sort((a, b) => (a.ts ?? 0) - (b.ts ?? 0));
  /** @type {{ from: number, to: number, kind: string }[]} */
  const windows = [];
  marks.forEach((m, i) => {
    const next = marks[i + 1];
    if (m.name === 'deck-key' && next?.name.startsWith('deck-shown')) windows.push({ from: m.ts ?? 0, to: next.ts ?? 0, kind: next.name.slice('deck-shown:'.length) });
  });
  const count = { step: windows.filter((w) => w.kind === 'step').length, slide: windows.filter((w) => w.kind === 'slide').length };
  /** @type {Record<string, Record<string, number>>} by phase (step, slide: before the frame; after), then trace event name */
  const spent = { step: {}, slide: {}, after: {} };
  for (const e of events) {
    if (e.ph !== 'X' || !main.has(`${e.pid}:${e.tid}`) || e.ts === undefined) continue;
    const w = windows.find((x) => (e.ts ?? 0) >= x.from && (e.ts ?? 0) < x.to);
    const phase = /** @type {Record<string, number>} */ (spent[w ? w.kind : 'after']);
    phase[e.name] = (phase[e.name] ?? 0) + (e.dur ?? 0) / 1000;
  }
  /** @param {(by: Record<string, number>) => number} pick */
  const cells = (pick) => [pick(spent.step) / Math.max(1, count.step), pick(spent.slide) / Math.max(1, count.slide), pick(spent.after) / presses];
  /** @param {string[]} names @returns {(by: Record<string, number>) => number} */
  const sum = (...names) => (by) => names.reduce((a, n) => a + (by[n] ?? 0), 0);
  /** @param {string} key */
  const write = (key) => [(writes[`${key}!`] ?? 0) / presses, NaN, (writes[key] ?? 0) / presses];
  /** @type {[string, number[]][]} */
  const rows = [
    ['key event dispatch (deck script, all of it)', cells(sum('EventDispatch'))],
    ['announcement (live region text)', write('announcement')],
    ['document.title', write('title')],
    ['history (pushState/replaceState)', write('history')],
    ['style recalculation (UpdateLayoutTree)', cells(sum('UpdateLayoutTree'))],
    ['layout', cells(sum('Layout'))],
    ['pre-paint + paint', cells(sum('PrePaint', 'Paint'))],
    ['layerize + commit', cells(sum('Layerize', 'Commit'))],
    ['other script (timers, rAF, idle callbacks, modules)', cells(sum('FunctionCall', 'TimerFire', 'FireAnimationFrame', 'FireIdleCallback', 'v8.evaluateModule'))],
    ['HTML parse (navigations, DOMParser of neighbours)', cells(sum('ParseHTML'))],
  ];
  console.log(`Slides from ${from}, ${presses} ArrowRight presses (${count.step} steps revealed, ${count.slide} slides swapped), ${navigations.length} full navigations:`);
  for (const n of navigations) console.log(`  navigation: ${n}`);
  const ms = (/** @type {number | undefined} */ x) => (x === undefined || Number.isNaN(x) ? '' : x.toFixed(2)).padStart(12);
  console.log(`\nMain-thread ms per press (traced, so slower than untraced). Before its frame: what a press waits for; after: the rest.`);
  console.log(`  ${'(writes: before the frame, any press)'.padEnd(52)} ${'step, before'.padStart(12)} ${'slide, before'.padStart(12)} ${'after'.padStart(12)}`);
  for (const [name, [a, b, c]] of rows) console.log(`  ${name.padEnd(52)} ${ms(a)} ${ms(b)} ${ms(c)}`);
} finally {
  await browser.close();
  if (server.pid !== undefined) process.kill(-server.pid, 'SIGTERM');
}
