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
