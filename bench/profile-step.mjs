// Where a deck step's time goes, in Chromium: a CDP trace of key presses
// (style recalculation, layout, paint, script) plus the deck's own writes,
// timed by wrapping them in the page (announcement, title, history).
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
            spent[key] = (spent[key] ?? 0) + performance.now() - t;
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
  /** @type {{ name: string, ph: string, dur?: number, pid: number, tid: number, args?: { name?: string } }[]} */
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(.../** @type {typeof events} */ (/** @type {unknown} */ (e.value))));
  const done = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,blink.user_timing,v8.execute', transferMode: 'ReportEvents' });
  const navigations = [];
  /** @type {Record<string, number>} */
  const writes = { announcement: 0, title: 0, history: 0 };
  for (let i = 0; i < presses; i++) {
    const before = page.url();
    const beforeDoc = await page.evaluate(() => performance.timeOrigin);
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(300);
    const after = await page.evaluate(() => ({ origin: performance.timeOrigin, spent: /** @type {{ __deckSpent: Record<string, number> }} */ (/** @type {unknown} */ (window)).__deckSpent }));
    if (after.origin !== beforeDoc) navigations.push(`${before} -> ${page.url()}`);
    else for (const k of Object.keys(writes)) writes[k] = (writes[k] ?? 0) + (after.spent[k] ?? 0);
    await page.evaluate(() => {
      const s = /** @type {{ __deckSpent: Record<string, number> }} */ (/** @type {unknown} */ (window)).__deckSpent;
      for (const k of Object.keys(s)) s[k] = 0;
    });
  }
  await cdp.send('Tracing.end');
  await done;
  // The renderer's main thread(s): where style, layout and the deck's script run.
  const main = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  /** @type {Record<string, number>} */
  const byName = {};
  for (const e of events) {
    if (e.ph !== 'X' || !main.has(`${e.pid}:${e.tid}`)) continue;
    byName[e.name] = (byName[e.name] ?? 0) + (e.dur ?? 0) / 1000;
  }
  const inPlace = presses - navigations.length;
  const rows = [
    ['key event dispatch (deck script, all of it)', byName.EventDispatch],
    ['  of which announcement (live region text)', writes.announcement],
    ['  of which title', writes.title],
    ['  of which history (push/replaceState)', writes.history],
    ['style recalculation (UpdateLayoutTree)', byName.UpdateLayoutTree],
    ['layout', byName.Layout],
    ['pre-paint + paint', (byName.PrePaint ?? 0) + (byName.Paint ?? 0)],
    ['layerize + commit', (byName.Layerize ?? 0) + (byName.Commit ?? 0)],
    ['other script (timers, rAF, fetch/parse of neighbours)', (byName.FunctionCall ?? 0) + (byName.TimerFire ?? 0) + (byName.FireAnimationFrame ?? 0)],
    ['HTML parse (navigations, DOMParser of neighbours)', byName.ParseHTML],
  ];
  console.log(`Slides from ${from}, ${presses} ArrowRight presses, ${navigations.length} of them full navigations:`);
  for (const n of navigations) console.log(`  navigation: ${n}`);
  console.log(`\nMain-thread time per press (ms, traced; writes only over the ${inPlace} in-place presses):`);
  for (const [name, ms] of rows) console.log(`  ${String(name).padEnd(56)} ${(Number(ms ?? 0) / (String(name).includes('of which') ? Math.max(1, inPlace) : presses)).toFixed(2)}`);
} finally {
  await browser.close();
  if (server.pid !== undefined) process.kill(-server.pid, 'SIGTERM');
}
