// How a key press is timed in a browser deck: shared by the deck suite for
// this site and for its reveal.js anchor, so both are measured the same way.
import { chromium } from '@playwright/test';

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
/**
 * @param {{ stage: string, attributes: string[] }} target what to watch: the
 *   element holding the slides, and the attributes whose change shows a step
 */
const PROBE = (target) => {
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
    const stage = document.querySelector(target.stage);
    if (!stage) return;
    new MutationObserver((records) => {
      if (pending === null) return;
      const at = pending;
      pending = null;
      // A slide: ours swaps the <section> (childList); reveal.js changes a <section>'s classes.
      const kind = records.some((r) => r.type === 'childList' || (r.target instanceof Element && r.target.tagName === 'SECTION')) ? 'slide' : 'step';
      afterNextFrame(() => store(now() - at, kind));
    }).observe(stage, { subtree: true, childList: true, attributes: true, attributeFilter: target.attributes });
  });
};

/** This site's deck: slides in #deck-stage, a step is an element getting data-revealed. */
export const OUR_DECK = { stage: '#deck-stage', attributes: ['data-revealed'] };
/** reveal.js: slides in .reveal .slides; sections and fragments change class (present, visible). */
export const REVEAL_DECK = { stage: '.reveal .slides', attributes: ['class'] };

/**
 * Presses ArrowRight through a whole deck, timing each press.
 * @param {string} url where the deck starts
 * @param {{ stage: string, attributes: string[] }} target
 * @param {(page: import('@playwright/test').Page) => Promise<number>} countPresses presses from the start to the last step
 */
export async function measureSteps(url, target, countPresses) {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.addInitScript(PROBE, target);
    await page.goto(url);
    const presses = await countPresses(page);
    /** @returns {Promise<{ ms: number, kind: string }[]>} */
    const results = () => page.evaluate(() => JSON.parse(sessionStorage.getItem('__deckBench') ?? '[]'));
    for (let i = 0; i < presses; i++) {
      // A presenter pauses between key presses; 300 ms lets the deck prefetch
      // the neighbours as it would in a talk, and keeps the run short.
      await page.waitForTimeout(300);
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction((n) => JSON.parse(sessionStorage.getItem('__deckBench') ?? '[]').length > n, i, { timeout: 10_000 });
    }
    await page.waitForTimeout(1000); // decks may write the URL after the frame (ours when idle, reveal.js debounced)
    const end = new URL(page.url());
    return { presses, results: await results(), end: end.pathname + end.hash };
  } finally {
    await browser.close();
  }
}

/** @param {number[]} xs */
export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length ? (s.length % 2 ? (s[m] ?? NaN) : ((s[m - 1] ?? NaN) + (s[m] ?? NaN)) / 2) : NaN;
};
/** @param {number[]} xs @param {number} p */
export const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length - 1) * p))] ?? NaN;
