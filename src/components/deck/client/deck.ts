/**
 * The deck: keys, clicks, swipes and history move through steps and slides.
 *
 * Each /slides/N is a full static page, but moving between slides swaps the
 * <section class="slide"> in place from a prefetched, pre-parsed copy of the
 * neighbour (see pages.ts), then updates the title, URL, progress, overview
 * and the live region. That makes a step one small DOM change instead of a
 * new document. A live demo's slide swaps in too: its script is imported
 * once and starts each demo on arrival (components/demos/client/boot.ts).
 *
 * Position: slide n (1..total) and step k (0..stepCount). Next reveals the
 * next step, then moves to the next slide at step 0; previous hides the last
 * step, then enters the previous slide fully revealed.
 */
import type { DeckAction } from './keys.ts';
import { listenForInput } from './input.ts';
import { afterFrame, announce, openPresenter, slideAnnouncement, toggleFullscreen, updateChrome, watchScale, whenIdle } from './chrome.ts';
import { openGoto, openHelp, openOverview, wireDialogs } from './dialogs.ts';
import { addressBar } from './address.ts';
import { carry, startCarry, takeCarried } from './carry.ts';
import { takeEarlyPresses } from './early-presses.ts';
import { latestAfter } from './later.ts';
import { showStepDots } from './step-dots.ts';
import {
  PageCache, warmUp, importMissingModules, inlineSignature, mergeHeadStyles, noteLoadedModules, pageFromDocument, preloadModules, prerender, type SlidePage,
} from './pages.ts';
import { showSteps, slideFromPath, slideUrl, stepFromSearch, stepsOf } from './steps.ts';
import { onSwipe } from './swipe.ts';

/** Where a slide is entered: a step number (clamped), or fully revealed. */
type Entry = number | 'end';

/**
 * Dispatched on document after every move or blackout change. Other windows
 * hear of it only through the presenter sync (components/presenter/), which
 * validates what crosses between windows; the deck itself opens no channel.
 */
export interface DeckChange { slide: number; step: number; stepCount: number; total: number; blackout: boolean }
/** Listened for on document: an absolute move, a deck action ('next', 'prev'...), and/or a blackout state. */
export interface DeckGoto { slide?: number; step?: number | 'end'; action?: DeckAction; blackout?: boolean }

export function startDeck(): void {
  const stage = document.getElementById('deck-stage');
  const first = stage?.querySelector('section.slide');
  const here = first ? pageFromDocument(document) : null;
  if (!stage || !first || !here) return;
  // Next/previous pressed before this script ran (the page's inline listener): applied once the deck is shown.
  const early = takeEarlyPresses();

  const ownInline = inlineSignature(document);
  noteLoadedModules(document);
  const cache = new PageCache();
  // Keep a pristine copy of this slide for coming back to it later.
  cache.put({ ...here, slide: first.cloneNode(true) as Element });

  let page: SlidePage = here;
  let slideEl: Element = first;
  let steps = stepsOf(slideEl);
  let step = stepFromSearch(location.search, steps.length);
  /**
   * A slide is loading: further moves wait in `queued`. Next/previous presses
   * queue up in order (three clicks are three steps); a jump to a slide
   * replaces whatever was waiting.
   */
  let busy = false;
  let queued: (() => void)[] = [];
  /** A full navigation has started: next/previous presses go with it (carry.ts). */
  let leaving = false;
  let blackout = false;

  /*
   * Not what the audience is watching, so not in the frame a key press waits
   * for: the position report (presenter window, live demos) goes right after
   * that frame, the screen-reader announcement when the page is next idle.
   * Several presses within one frame report and announce only where they
   * ended up.
   */
  const report = latestAfter(afterFrame);
  const say = latestAfter(whenIdle);
  function publish(): void {
    report(() => {
      // Hook for the presenter sync (components/presenter/audience-sync.ts).
      const detail: DeckChange = { slide: page.n, step, stepCount: steps.length, total: page.total, blackout };
      document.dispatchEvent(new CustomEvent('deck:change', { detail }));
    });
  }

  const address = addressBar(() => ({ n: page.n, step, pageTitle: page.pageTitle }));

  function setStep(k: number, history: 'replace' | 'none' = 'replace'): void {
    const grew = k > step;
    step = Math.max(0, Math.min(k, steps.length));
    showSteps(steps, step);
    showStepDots(step, steps.length);
    if (history === 'replace') address.record('replace');
    if (grew) {
      const shown = steps[step - 1]?.textContent?.replace(/\s+/g, ' ').trim();
      if (shown) say(() => announce(shown.slice(0, 200)));
    }
    publish();
  }

  function prefetchAround(n: number): void {
    const around = [n + 1, n - 1, n + 2, n - 2].filter((m) => m >= 1 && m <= page.total);
    // One neighbour per idle period: preparing four slides in one go is a
    // long task that the next key press (300 ms later, or less) would wait behind.
    for (const m of around) void cache.get(m).then((p) => p && whenIdle(() => prepare(p, n)));
    // Neighbours that need a real navigation get prerendered instead.
    // Only the next and the previous one: prerendering costs the page on screen CPU.
    void Promise.all(around.slice(0, 2).map((m) => cache.get(m))).then((pages) =>
      prerender(pages.flatMap((p) => (p && !swappable(p) ? [slideUrl(p.n, p.n < n ? p.stepCount : 0)] : []))),
    );
  }

  /** Readies a neighbour of slide `from` for an instant swap, unless the deck has moved on meanwhile. */
  function prepare(p: SlidePage, from: number): void {
    if (page.n !== from || !swappable(p)) return;
    // Its stylesheets go in now (component styles are scoped, so they touch
    // nothing on screen): the key press then has no new CSS to apply.
    // So do the module scripts it will import (a live demo's), fetched and compiled but not run.
    void mergeHeadStyles(p);
    preloadModules(p);
    // Importing a slide into this document takes time too: do it now, not on the key press.
    p.prepared ??= warmUp(document.importNode(p.slide, true));
  }

  function swappable(target: SlidePage): boolean {
    return !target.fullNavigation && !here?.fullNavigation && target.inlineScripts === ownInline;
  }

  function resolveStep(entry: Entry, count: number): number {
    return entry === 'end' ? count : Math.max(0, Math.min(entry, count));
  }

  function show(target: SlidePage, entry: Entry, history: 'push' | 'none'): void {
    // Leaving a slide whose entry in the history is not written yet (quick presses): write it now, so Back
    // still stops at every slide visited.
    if (history === 'push') address.flushPush();
    const fresh = target.prepared ?? document.importNode(target.slide, true);
    target.prepared = undefined; // a copy is shown once; the next visit gets a fresh one
    // Steps are set before the slide is in the document: one style pass, not two.
    steps = stepsOf(fresh);
    step = resolveStep(entry, steps.length);
    showSteps(steps, step);
    slideEl.replaceWith(fresh);
    slideEl = fresh;
    page = target;
    showStepDots(step, steps.length);
    if (history === 'push') address.record('push');
    else whenIdle(() => (document.title = page.pageTitle)); // Back/Forward: the URL is already there
    updateChrome(page);
    say(() => announce(slideAnnouncement(target)));
    publish();
    importMissingModules(target);
    // Fetching and parsing the next neighbours waits until this slide is on screen.
    const n = page.n;
    whenIdle(() => prefetchAround(n));
  }

  /** Moves to slide n. Instant when prefetched; otherwise fetches first. */
  async function goTo(n: number, entry: Entry, history: 'push' | 'none' = 'push'): Promise<void> {
    if (leaving) return;
    if (busy) {
      queued = [() => void goTo(n, entry, history)];
      return;
    }
    if (n < 1 || n > page.total) return;
    try {
      await moveTo(n, entry, history);
    } finally {
      busy = false;
      const waiting = queued;
      queued = [];
      // A move that loads again re-queues itself, and the rest line up behind it in order.
      for (const move of waiting) move();
    }
  }

  async function moveTo(n: number, entry: Entry, history: 'push' | 'none'): Promise<void> {
    if (n === page.n) {
      setStep(resolveStep(entry, steps.length), history === 'push' ? 'replace' : 'none');
      return;
    }
    let target = cache.peek(n);
    if (!target) {
      busy = true;
      target = (await cache.get(n)) ?? undefined;
    }
    if (!target || !swappable(target)) {
      const k = target ? resolveStep(entry, target.stepCount) : entry === 'end' ? 999 : entry;
      leaving = true;
      startCarry(`/slides/${n}`);
      location.assign(slideUrl(n, k));
      return;
    }
    const waiting = mergeHeadStyles(target);
    if (waiting) {
      busy = true;
      await waiting;
    }
    show(target, entry, history);
  }

  function next(): void {
    if (leaving) carry('next');
    else if (busy) queued.push(next);
    else if (step < steps.length) setStep(step + 1);
    else void goTo(page.n + 1, 0);
  }
  function prev(): void {
    if (leaving) carry('prev');
    else if (busy) queued.push(prev);
    else if (step > 0) setStep(step - 1);
    else void goTo(page.n - 1, 'end');
  }

  function toggleBlackout(): void {
    blackout = !blackout;
    const curtain = document.getElementById('deck-blackout');
    if (curtain) curtain.hidden = !blackout;
    say(() => announce(blackout ? 'Screen blacked out' : slideAnnouncement(page)));
    publish();
  }

  const host = { current: () => page.n, total: () => page.total, go: (n: number) => void goTo(n, 0) };
  const actions = {
    next,
    prev,
    first: () => void goTo(1, 0),
    last: () => void goTo(page.total, 'end'),
    overview: () => openOverview(host),
    goto: () => openGoto(host),
    help: () => openHelp(),
    presenter: () => openPresenter(page.n),
    fullscreen: toggleFullscreen,
    blackout: toggleBlackout,
  };

  listenForInput({ actions, blackout: () => blackout, toggleBlackout, goTo: (n, k) => void goTo(n, k) });

  window.addEventListener('pageshow', (e) => {
    // Back on this page from the back/forward cache: it is no longer leaving.
    if (e.persisted) leaving = false;
  });

  window.addEventListener('popstate', () => {
    const n = slideFromPath(location.pathname);
    if (n !== null) void goTo(n, stepFromSearch(location.search, Number.MAX_SAFE_INTEGER), 'none');
  });

  // Hook for the presenter sync: move (absolute slide/step or a deck action) and set blackout.
  document.addEventListener('deck:goto', (e) => {
    const d: unknown = e instanceof CustomEvent ? e.detail : null;
    if (typeof d !== 'object' || d === null) return;
    const go = d as Partial<DeckGoto>;
    if (typeof go.blackout === 'boolean' && go.blackout !== blackout) toggleBlackout();
    if (go.action && go.action in actions && go.action !== 'presenter') actions[go.action]();
    else if (typeof go.slide === 'number') void goTo(go.slide, go.step === 'end' ? 'end' : (go.step ?? 0));
  });

  onSwipe(stage, (dir) => (dir === 'next' ? next() : prev()));
  wireDialogs(host);

  watchScale(stage);

  // Deep links: /slides/7?step=2 shows the first two steps; the URL is normalised.
  showSteps(steps, step);
  showStepDots(step, steps.length);
  // A page prerendered ahead of the key press says nothing (to screen readers,
  // the presenter window) until the visitor actually arrives on it.
  whenShown(() => {
    window.history.replaceState({ n: page.n, step }, '', slideUrl(page.n, step) + location.hash);
    announce(slideAnnouncement(page));
    publish();
    // Presses made while the previous page was leaving for this one, then those made here before the deck started.
    for (const press of [...takeCarried(location.pathname), ...early]) (press === 'next' ? next : prev)();
    const idle = window.requestIdleCallback ?? ((f: () => void) => setTimeout(f, 50));
    idle(() => prefetchAround(page.n));
  });
}

function whenShown(fn: () => void): void {
  if ((document as Document & { prerendering?: boolean }).prerendering) {
    document.addEventListener('prerenderingchange', fn, { once: true });
  } else fn();
}
