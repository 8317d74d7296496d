/**
 * Slide previews in the presenter: copies of the real /slides/N pages
 * (fetched and parsed once by the deck's own page cache), with the chosen
 * number of steps revealed. Copies run no scripts and sit in an inert frame,
 * so they never steal focus or keys; a demo shows its server-rendered state.
 */
import { PageCache, mergeHeadStyles } from '../../deck/client/pages.ts';
import { showSteps, stepsOf } from '../../deck/client/steps.ts';

export interface Previews {
  show(host: HTMLElement, n: number, step: number): Promise<void>;
  stepCountOf(n: number): Promise<number>;
}

export function createPreviews(): Previews {
  const cache = new PageCache();
  /** The latest request per frame wins: quick presses must not paint an older slide last. */
  const latest = new WeakMap<HTMLElement, number>();
  let ticket = 0;

  function fit(host: HTMLElement): void {
    const s = host.clientWidth / 1280;
    if (s > 0) host.style.setProperty('--pv-scale', String(s));
  }
  const observer = new ResizeObserver((entries) => {
    for (const entry of entries) if (entry.target instanceof HTMLElement) fit(entry.target);
  });

  return {
    async show(host, n, step) {
      const mine = ++ticket;
      latest.set(host, mine);
      observer.observe(host);
      fit(host);
      const page = cache.peek(n) ?? (await cache.get(n));
      if (latest.get(host) !== mine) return;
      if (!page) {
        const p = document.createElement('p');
        p.className = 'pr-missing';
        p.textContent = `Slide ${n} could not be loaded.`;
        host.replaceChildren(p);
        return;
      }
      await mergeHeadStyles(page);
      if (latest.get(host) !== mine) return;
      const slide = document.importNode(page.slide, true);
      // The copy keeps the page's markup; ids would clash with the console's, so drop them.
      slide.querySelectorAll('[id]').forEach((el) => el.removeAttribute('id'));
      showSteps(stepsOf(slide), step);
      const canvas = document.createElement('div');
      canvas.className = 'pr-canvas';
      canvas.append(slide);
      host.replaceChildren(canvas);
    },
    async stepCountOf(n) {
      const page = cache.peek(n) ?? (await cache.get(n));
      return page?.stepCount ?? 0;
    },
  };
}
