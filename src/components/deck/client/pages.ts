/**
 * Slide pages fetched ahead of time. Every /slides/N is a complete static
 * page, but building a new document per key press costs ~50 ms; instead the
 * deck fetches the neighbours' HTML, parses it once (DOMParser) and, on the
 * key press, swaps the <section class="slide"> into the live document.
 *
 * A page is swappable when its inline scripts are the ones the current page
 * runs (the theme and the like, the same on every slide) and nothing in it
 * asks for data-full-navigation. Module scripts it has and this document
 * lacks (a live demo's) are imported once, on arrival: an ES module runs once
 * per document, and the demo's own code starts each demo the deck swaps in
 * (components/demos/client/boot.ts). The rest get a normal navigation
 * (prerendered with Speculation Rules when the browser supports it).
 */
import { STEP_SELECTOR } from './steps.ts';

export interface SlidePage {
  n: number;
  total: number;
  title: string;
  section: string;
  /** document.title of the page. */
  pageTitle: string;
  /** The parsed slide; imported (cloned) into the live document on each visit. */
  slide: Element;
  /** A copy already imported into the live document while idle, used by the next visit. */
  prepared?: Element;
  stepCount: number;
  /** Stylesheets and <style> blocks of its <head>, merged in before a swap. */
  headStyles: Element[];
  /** True when the page must be reached by a real navigation. */
  fullNavigation: boolean;
  /** Its inline scripts, as one comparable string. */
  inlineScripts: string;
  /** Absolute URLs of its module scripts (type="module" src). */
  modules: string[];
}

const runnable = (s: HTMLScriptElement): boolean => !s.type || s.type === 'module' || s.type === 'text/javascript';

/** What inline scripts a document runs, as one comparable string. */
export function inlineSignature(doc: Document): string {
  return Array.from(doc.querySelectorAll('script'))
    .filter((s) => runnable(s) && !s.hasAttribute('src'))
    .map((s) => `inline:${s.textContent?.length ?? 0}:${(s.textContent ?? '').slice(0, 80)}`)
    .join('\n');
}

/** The module scripts a document loads, as absolute URLs. */
export function moduleScripts(doc: Document): string[] {
  return Array.from(doc.querySelectorAll<HTMLScriptElement>('script[type="module"][src]')).map(
    (s) => new URL(s.getAttribute('src') ?? '', location.href).href,
  );
}

export function pageFromDocument(doc: Document): SlidePage | null {
  const slide = doc.querySelector<HTMLElement>('section.slide');
  if (!slide) return null;
  const d = slide.dataset;
  return {
    n: Number(d.n),
    total: Number(d.total),
    title: d.title ?? '',
    section: d.section ?? '',
    pageTitle: doc.title,
    slide,
    stepCount: slide.querySelectorAll(STEP_SELECTOR).length,
    headStyles: Array.from(doc.head.querySelectorAll('link[rel="stylesheet"], style')),
    fullNavigation: doc.querySelector('[data-full-navigation]') !== null,
    inlineScripts: inlineSignature(doc),
    modules: moduleScripts(doc),
  };
}

const LIMIT = 8;

export class PageCache {
  private pages = new Map<number, Promise<SlidePage | null>>();
  private ready = new Map<number, SlidePage>();

  /** The page if it has already arrived: the instant path. */
  peek(n: number): SlidePage | undefined {
    return this.ready.get(n);
  }

  put(page: SlidePage): void {
    this.ready.set(page.n, page);
    this.pages.set(page.n, Promise.resolve(page));
  }

  get(n: number): Promise<SlidePage | null> {
    const known = this.pages.get(n);
    if (known) {
      // Most recently used last, so the oldest entry is evicted first.
      this.pages.delete(n);
      this.pages.set(n, known);
      return known;
    }
    const loading = fetch(`/slides/${n}`, { credentials: 'same-origin' })
      .then((r) => (r.ok ? r.text() : Promise.reject(new Error(`HTTP ${r.status}`))))
      .then((html) => {
        const page = pageFromDocument(new DOMParser().parseFromString(html, 'text/html'));
        if (page) this.ready.set(n, page);
        return page;
      })
      .catch(() => {
        this.pages.delete(n); // try again next time; a navigation will still work
        return null;
      });
    this.pages.set(n, loading);
    while (this.pages.size > LIMIT) {
      const oldest = this.pages.keys().next().value;
      if (oldest === undefined) break;
      this.pages.delete(oldest);
      this.ready.delete(oldest);
    }
    return loading;
  }
}

/**
 * Adds the stylesheets a page needs that this document lacks (a slide may use
 * a component with its own CSS). Resolves when they have loaded, so the slide
 * never shows unstyled; at most after a short wait. Null when nothing is
 * missing (the usual case), so the swap stays synchronous.
 */
export function mergeHeadStyles(page: SlidePage): Promise<void> | null {
  const haveLinks = new Set(
    Array.from(document.head.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')).map((l) => l.href),
  );
  const haveStyles = new Set(Array.from(document.head.querySelectorAll('style')).map((s) => s.textContent));
  const loads: Promise<void>[] = [];
  for (const el of page.headStyles) {
    if (el instanceof HTMLLinkElement || el.tagName === 'LINK') {
      const href = new URL(el.getAttribute('href') ?? '', location.href).href;
      if (haveLinks.has(href)) continue;
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = href;
      loads.push(
        new Promise<void>((resolve) => {
          link.onload = link.onerror = () => resolve();
          setTimeout(resolve, 800);
        }),
      );
      document.head.append(link);
      haveLinks.add(href);
    } else if (!haveStyles.has(el.textContent)) {
      document.head.append(document.importNode(el, true));
      haveStyles.add(el.textContent);
    }
  }
  return loads.length ? Promise.all(loads).then(() => undefined) : null;
}

/**
 * Lays a prepared slide out once, unseen, and takes it out again in the same
 * task (nothing else ever sees two slides in the page). The first layout of
 * a slide is the slow one: its fonts' fallbacks, its text's shaping and its
 * images' decoding; done here, while the deck is idle, they are ready when
 * the key press swaps the slide in.
 */
export function warmUp(slide: Element): Element {
  const host = document.querySelector('main.deck');
  if (!host) return slide;
  const box = document.createElement('div');
  box.className = 'deck-warm-up';
  box.setAttribute('aria-hidden', 'true');
  box.inert = true;
  box.append(slide);
  host.append(box);
  slide.getBoundingClientRect(); // the layout itself: its result is not needed
  box.remove();
  return slide;
}

/** Module URLs this document has loaded or asked for, so each is imported once. */
const loadedModules = new Set<string>();

export function noteLoadedModules(doc: Document): void {
  for (const url of moduleScripts(doc)) loadedModules.add(url);
}

/** Hints the browser to fetch and compile a page's missing modules ahead of the key press. */
export function preloadModules(page: SlidePage): void {
  for (const url of page.modules) {
    if (loadedModules.has(url) || document.head.querySelector(`link[rel="modulepreload"][href="${CSS.escape(url)}"]`)) continue;
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = url;
    document.head.append(link);
  }
}

/**
 * Imports the module scripts a swapped-in page runs that this document has
 * not (a live demo's boot script). Not awaited by the swap: the slide shows
 * at once with its build-time content, and the script starts it when it has
 * loaded. A failed import is forgotten, so the next visit tries again.
 */
export function importMissingModules(page: SlidePage): void {
  for (const url of page.modules) {
    if (loadedModules.has(url)) continue;
    loadedModules.add(url);
    import(/* @vite-ignore */ url).catch((error: unknown) => {
      loadedModules.delete(url);
      console.warn(`The slide's script ${url} did not load:`, error);
    });
  }
}

/**
 * Asks the browser to prerender the pages we will reach by full navigation.
 * One rule set at a time: replacing it cancels prerenders we no longer need.
 */
export function prerender(urls: readonly string[]): void {
  if (!HTMLScriptElement.supports?.('speculationrules')) return;
  document.getElementById('deck-speculation')?.remove();
  if (!urls.length) return;
  const script = document.createElement('script');
  script.id = 'deck-speculation';
  script.type = 'speculationrules';
  script.textContent = JSON.stringify({ prerender: [{ source: 'list', urls }] });
  document.head.append(script);
}
