/**
 * The only demo code a slide page loads up front: it finds the demo and
 * imports the live part on demand (its own chunk, with the runner client).
 * Printed pages keep the build-time state; the reading view starts a demo
 * when it scrolls into view.
 *
 * In the deck, slides are swapped in place (components/deck/client/), so this
 * module is imported once per document and follows the deck: on every move
 * (`deck:change`) it stops the demos whose slide has left (their runner's
 * sandboxed iframe goes with them) and starts the ones that arrived.
 */
import { isDemoId, type DemoId } from '../kinds.ts';

/** Demos started in this document, each with the switch that stops it. */
const running = new Map<HTMLElement, AbortController>();
let following = false;

function start(root: HTMLElement, id: DemoId, slide: number): void {
  const stop = new AbortController();
  running.set(root, stop);
  root.dataset.live = 'starting';
  void import('./run.ts').then(({ runDemo }) => {
    if (!stop.signal.aborted) return runDemo(root, id, slide, stop.signal);
  });
}

export function bootDemos(): void {
  const inDeck = document.getElementById('deck-stage') !== null;
  for (const root of Array.from(document.querySelectorAll<HTMLElement>('.demo[data-demo]'))) {
    if (running.has(root) || root.closest('.print-sheet') || root.closest('[inert]')) continue;
    const id = root.dataset.demo;
    if (!isDemoId(id)) continue;
    const slide = Number(root.closest<HTMLElement>('section.slide')?.dataset.n ?? root.closest<HTMLElement>('[id^="slide-"]')?.id.slice(6) ?? 0);
    if (inDeck) {
      start(root, id, slide);
      continue;
    }
    running.set(root, new AbortController()); // seen; the observer starts it
    const seen = new IntersectionObserver((entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      seen.disconnect();
      running.delete(root);
      start(root, id, slide);
    });
    seen.observe(root);
  }
  if (inDeck && !following) {
    following = true;
    document.addEventListener('deck:change', () => {
      // After the frame that shows the move, when idle: the key press pays nothing for the demo.
      requestAnimationFrame(() => {
        if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(follow, { timeout: 300 });
        else setTimeout(follow, 0);
      });
    });
  }
}

function follow(): void {
  for (const [root, stop] of running) {
    if (root.isConnected) continue;
    stop.abort();
    running.delete(root);
  }
  bootDemos();
}
