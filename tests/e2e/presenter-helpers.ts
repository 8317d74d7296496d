// Shared by the presenting tests: open an audience deck and a presenter
// window in one browser context (so BroadcastChannel connects them), and
// read where each one is.
import { expect, type BrowserContext, type Page } from '@playwright/test';
import { deckReady, position, type Position } from './deck-helpers.ts';

export async function openPair(context: BrowserContext, n: number, step = 0): Promise<{ audience: Page; presenter: Page }> {
  const audience = await context.newPage();
  await audience.goto(step > 0 ? `/slides/${n}?step=${step}` : `/slides/${n}`);
  await deckReady(audience);
  const presenter = await context.newPage();
  await presenter.goto(`/presenter/${n}`);
  await expect(presenter.locator('#presenter')).toHaveAttribute('data-link', 'connected');
  return { audience, presenter };
}

export async function presenterPosition(page: Page): Promise<Position> {
  const root = page.locator('#presenter');
  return { n: Number(await root.getAttribute('data-slide')), step: Number(await root.getAttribute('data-step')) };
}

/** Waits until both windows show `want`. */
export async function expectBoth(audience: Page, presenter: Page, want: Position): Promise<void> {
  await expect.poll(() => position(audience), { timeout: 15_000 }).toEqual(want);
  await expect.poll(() => presenterPosition(presenter), { timeout: 15_000 }).toEqual(want);
}

/** Every (slide, step) in talk order, from the step counts of the built pages. */
export function linear(counts: readonly number[]): Position[] {
  return counts.flatMap((c, i) => Array.from({ length: c + 1 }, (_, step) => ({ n: i + 1, step })));
}

/** Which slides the deck swaps in place (no live demo, no full navigation), from the built pages. */
export async function swappable(page: Page, total: number): Promise<boolean[]> {
  return page.evaluate(async (total) => {
    const out: boolean[] = [];
    for (let n = 1; n <= total; n++) {
      const html = await (await fetch(`/slides/${n}`)).text();
      out.push(!new DOMParser().parseFromString(html, 'text/html').querySelector('[data-full-navigation]'));
    }
    return out;
  }, total);
}

/** The longest run of consecutive swappable slides: [first, last]. */
export function longestPlainRun(plain: readonly boolean[]): [number, number] {
  let best: [number, number] = [1, 1];
  let start = -1;
  plain.forEach((ok, i) => {
    if (!ok) return void (start = -1);
    if (start < 0) start = i;
    if (i - start > best[1] - best[0]) best = [start + 1, i + 1];
  });
  return best;
}
