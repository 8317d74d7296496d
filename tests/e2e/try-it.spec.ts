// "Try it" on slides: a button-like link named for the example, never a raw
// path as link text (noise on a projector, a poor name for a screen reader).
import { test, expect } from '@playwright/test';
import { slideNumber } from './deck-helpers.ts';

test('no link in the talk shows a raw path as its text; every Try it names its example', async ({ page }) => {
  await page.goto('/read');
  const texts = await page.locator('main a[href]').evaluateAll((links) => links.map((a) => (a.textContent ?? '').trim()));
  expect(texts.filter((text) => /^\/\S*$|\?example=/.test(text))).toEqual([]);
  const tries = page.locator('main a[href^="/playground?example="]');
  expect(await tries.count()).toBeGreaterThan(5);
  for (const name of await tries.evaluateAll((links) => links.map((a) => (a.textContent ?? '').trim()))) {
    expect(name).toMatch(/^▶ Try it in the playground: \w/);
  }
});

test('the Ticketfly slide opens its example in the playground', async ({ page, request }) => {
  const n = await slideNumber(request, 'ticketfly');
  await page.goto(`/slides/${n}`);
  const link = page.getByRole('link', { name: 'Try it in the playground: Ticketfly reserved seating' });
  await expect(link).toHaveAttribute('href', '/playground?example=ticketfly-seats');
  await link.click();
  await expect(page.getByRole('combobox', { name: 'Example' })).toHaveValue('ticketfly-seats', { timeout: 20_000 });
});
