/**
 * The only demo code a slide page loads up front: it finds the demo and
 * imports the live part on demand (its own chunk, with the runner client).
 * Printed pages keep the build-time state; the reading view starts a demo
 * when it scrolls into view.
 */
import { isDemoId } from '../kinds.ts';

export function bootDemos(): void {
  for (const root of Array.from(document.querySelectorAll<HTMLElement>('.demo[data-demo]'))) {
    if (root.dataset.live || root.closest('.print-sheet')) continue;
    const id = root.dataset.demo;
    if (!isDemoId(id)) continue;
    root.dataset.live = 'starting';
    const slide = Number(root.closest<HTMLElement>('section.slide')?.dataset.n ?? root.closest<HTMLElement>('[id^="slide-"]')?.id.slice(6) ?? 0);
    const start = () => void import('./run.ts').then(({ runDemo }) => runDemo(root, id, slide));
    if (document.getElementById('deck-stage')) {
      start();
      continue;
    }
    const seen = new IntersectionObserver((entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      seen.disconnect();
      start();
    });
    seen.observe(root);
  }
}
