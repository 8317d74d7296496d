/**
 * Everything around the slide that follows the position: page title,
 * counter, section name, progress, previous/next links, the overview's
 * current card, the screen-reader announcement; and the window-level tools
 * (fullscreen, presenter window, canvas scale). Kept apart from deck.ts,
 * which decides where to go; this only shows where we are.
 */
import { markCurrent } from './dialogs.ts';
import type { SlidePage } from './pages.ts';

function setText(id: string, value: string): void {
  const el = document.getElementById(id);
  if (el) el.textContent = value;
}

function setLink(id: string, href: string, enabled: boolean): void {
  const a = document.getElementById(id);
  if (!a) return;
  a.setAttribute('href', href);
  if (enabled) a.removeAttribute('aria-disabled');
  else a.setAttribute('aria-disabled', 'true');
}

/** What the audience sees around the slide; the page title goes with the URL, after the frame (deck.ts). */
export function updateChrome(page: SlidePage): void {
  const { n, total } = page;
  setText('deck-current', String(n));
  setText('deck-section', page.section);
  document.querySelector<HTMLElement>('.deck-progress')?.style.setProperty('--deck-progress', String(n / total));
  setLink('deck-prev', `/slides/${n > 1 ? n - 1 : n}`, n > 1);
  setLink('deck-next', `/slides/${n < total ? n + 1 : n}`, n < total);
  document.getElementById('deck-read-link')?.setAttribute('href', `/read#slide-${n}`);
  markCurrent(n);
}

/** Says it to screen readers (the polite live region), without moving focus. */
export function announce(text: string): void {
  setText('deck-announce', text);
}

export function slideAnnouncement(page: SlidePage): string {
  return `Slide ${page.n} of ${page.total}: ${page.title}`;
}

export function toggleFullscreen(): void {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
  else void document.documentElement.requestFullscreen?.().catch(() => {});
}

/** The presenter console (/presenter/N) in its own window; one window, reused. */
export function openPresenter(n: number): void {
  window.open(`/presenter/${n}`, 'event-sourcing-presenter', 'popup,width=1200,height=760');
}

/** Keeps --deck-scale fitting the 1280x720 canvas into the stage (resize, fullscreen). */
export function watchScale(stage: HTMLElement): void {
  const rescale = () => {
    const s = Math.min(stage.clientWidth / 1280, stage.clientHeight / 720);
    if (s > 0) document.documentElement.style.setProperty('--deck-scale', String(s));
  };
  new ResizeObserver(rescale).observe(stage);
}

/** Runs fn once the next frame has been produced: for work the audience need not wait for. */
export function afterFrame(fn: () => void): void {
  requestAnimationFrame(() => setTimeout(fn, 0));
}

/**
 * Runs fn after the next frame, once the main thread is idle (at most 300 ms
 * later): for work that may take several milliseconds (fetching and parsing
 * neighbours) and must not delay the frame a quick next press is waiting for.
 */
export function whenIdle(fn: () => void): void {
  requestAnimationFrame(() => {
    if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(() => fn(), { timeout: 300 });
    else setTimeout(fn, 0);
  });
}
