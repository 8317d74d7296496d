// Shared by the deck's browser tests. Nothing here knows how many slides the
// talk has or what they say: the tests read that from the built site.
import { expect, type APIRequestContext, type Page } from '@playwright/test';

export interface Position {
  n: number;
  step: number;
}

/** Where the deck is, from its URL (/slides/N?step=K; no step = 0). */
export function position(page: Page): Position {
  const url = new URL(page.url());
  const m = /^\/slides\/(\d+)/.exec(url.pathname);
  if (!m) throw new Error(`not on a slide: ${url.pathname}`);
  return { n: Number(m[1]), step: Number(url.searchParams.get('step') ?? 0) };
}

export const after = (a: Position, b: Position) => a.n > b.n || (a.n === b.n && a.step > b.step);

/**
 * The number N in /slides/N of the slide with this slug (its file name without the
 * order prefix: `slides/06-redux.mdx` is `redux`). Tests name slides by slug, so adding
 * a slide before one of them changes no test. Read off /read, which lists every slide.
 */
export async function slideNumber(request: APIRequestContext, slug: string): Promise<number> {
  const html = await (await request.get('/read')).text();
  const match = new RegExp(`id="slide-(\\d+)"[^>]*data-slug="${slug}"`).exec(html);
  if (!match) throw new Error(`no slide with the slug "${slug}" in /read`);
  return Number(match[1]);
}

/** The number of slides, as the deck shows it. */
export async function slideCount(page: Page): Promise<number> {
  if (!/\/slides\//.test(page.url())) await page.goto('/slides/1');
  const total = Number(await page.locator('#deck-count').getAttribute('data-total'));
  expect(total).toBeGreaterThan(1);
  return total;
}

/** How many steps each slide has, counted in the built pages (same rule as the deck). */
export async function stepCounts(page: Page, total: number): Promise<number[]> {
  return (await slideFacts(page, total)).map((f) => f.steps);
}

/**
 * Per slide: its steps, whether the deck reaches it by a full navigation
 * (a slide marked data-full-navigation) rather than an in-place swap, and
 * whether it carries a live demo.
 */
export async function slideFacts(page: Page, total: number): Promise<{ steps: number; full: boolean; demo: boolean }[]> {
  return page.evaluate(async (total) => {
    const facts: { steps: number; full: boolean; demo: boolean }[] = [];
    for (let n = 1; n <= total; n++) {
      const html = await (await fetch(`/slides/${n}`)).text();
      const doc = new DOMParser().parseFromString(html, 'text/html');
      facts.push({
        steps: doc.querySelectorAll('section.slide [data-step], section.slide .steps li').length,
        full: doc.querySelector('[data-full-navigation]') !== null,
        demo: doc.querySelector('section.slide .demo[data-demo]') !== null,
      });
    }
    return facts;
  }, total);
}

/** Waits until the deck shows slide n (URL, counter and slide element agree). */
export async function expectSlide(page: Page, n: number, step?: number): Promise<void> {
  await expect(page.locator('#deck-current')).toHaveText(String(n));
  await expect(page.locator('section.slide')).toHaveAttribute('data-n', String(n));
  if (step !== undefined) await expect.poll(() => position(page)).toEqual({ n, step });
  else await expect.poll(() => position(page).n).toBe(n);
}

/** Where n presses of "next" from (slide, step) arrive, by the step counts (never past the last slide). */
export function walkNext(counts: readonly number[], from: Position, presses: number): Position {
  let { n, step } = from;
  for (let i = 0; i < presses; i++) {
    if (step < (counts[n - 1] ?? 0)) step += 1;
    else if (n < counts.length) {
      n += 1;
      step = 0;
    }
  }
  return { n, step };
}

/** Marks the current document; if the mark survives, the deck swapped in place. */
export async function markDocument(page: Page): Promise<void> {
  await page.evaluate(() => ((window as unknown as { __deckMark?: number }).__deckMark = 1));
}
export async function sameDocument(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { __deckMark?: number }).__deckMark === 1);
}

/** Waits for the deck script to have started (it normalises the URL and fills the live region). */
export async function deckReady(page: Page): Promise<void> {
  await expect(page.locator('#deck-announce')).toContainText(/Slide \d+ of \d+/);
}
