/**
 * The URL and the page title follow the deck's position, but only after the
 * frame that shows the change, when the page is idle: pushState and a title
 * change cost milliseconds in Chromium (measured: README), and the address
 * bar and the tab are not what the audience is watching; screen readers hear
 * the live region at once. A push (new slide) wins over a replace (step)
 * still waiting; each slide visited still gets its own history entry
 * (flushPush, before the deck leaves a slide).
 */
import { whenIdle } from './chrome.ts';
import { slideUrl } from './steps.ts';

export interface Where {
  n: number;
  step: number;
  pageTitle: string;
}

export interface AddressBar {
  record(mode: 'push' | 'replace'): void;
  /** Writes a push still waiting, now: called before the deck shows another slide. */
  flushPush(): void;
}

export function addressBar(where: () => Where): AddressBar {
  let pending: 'push' | 'replace' | null = null;
  function write(): void {
    if (pending === null) return;
    const { n, step, pageTitle } = where();
    const url = slideUrl(n, step);
    if (document.title !== pageTitle) document.title = pageTitle;
    if (pending === 'push' && location.pathname + location.search !== url) window.history.pushState({ n, step }, '', url);
    else window.history.replaceState({ n, step }, '', url);
    pending = null;
  }
  return {
    record(mode) {
      const first = pending === null;
      if (pending !== 'push') pending = mode;
      if (first) whenIdle(write);
    },
    flushPush() {
      if (pending === 'push') write();
    },
  };
}
