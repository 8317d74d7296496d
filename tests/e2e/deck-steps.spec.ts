// Steps say that more is coming: dots in the bar, a mark on the slide while steps are hidden.
import { test, expect, type Page } from '@playwright/test';
import { deckReady, expectSlide, slideCount, stepCounts } from './deck-helpers.ts';

/** The mark on the slide (a ::after of the deck's canvas): how visible it is, and its animation. */
async function cue(page: Page): Promise<{ opacity: number; animation: string; display: string }> {
  return page.locator('#deck-stage > .deck-canvas').evaluate((el) => {
    const s = getComputedStyle(el, '::after');
    return { opacity: Number(s.opacity), animation: s.animationName, display: s.display };
  });
}

async function slideWithSteps(page: Page): Promise<{ n: number; count: number; plain: number }> {
  const total = await slideCount(page);
  const counts = await stepCounts(page, total);
  const n = counts.findIndex((c, i) => c >= 2 && i + 1 < total) + 1;
  const plain = counts.findIndex((c) => c === 0) + 1;
  expect(n, 'a slide with two steps or more, before the last').toBeGreaterThan(0);
  expect(plain, 'a slide without steps').toBeGreaterThan(0);
  return { n, count: counts[n - 1] ?? 0, plain };
}

test('the bar shows one dot per step, named "Step k of n", and the slide a mark until every step is shown', async ({ page }) => {
  const { n, count } = await slideWithSteps(page);
  await page.goto(`/slides/${n}`);
  await deckReady(page);
  const dots = page.getByRole('img', { name: /^Step \d+ of \d+$/ });
  await expect(dots).toHaveAccessibleName(`Step 0 of ${count}`);
  await expect(dots.locator('span')).toHaveCount(count);
  await expect(dots.locator('span[data-shown]')).toHaveCount(0);
  await expect.poll(async () => (await cue(page)).opacity).toBeGreaterThan(0.3);

  for (let k = 1; k <= count; k++) {
    await page.keyboard.press('ArrowRight');
    await expectSlide(page, n, k);
    await expect(dots).toHaveAccessibleName(`Step ${k} of ${count}`);
    await expect(dots.locator('span[data-shown]')).toHaveCount(k);
  }
  // Everything shown: no mark, and the dots are all filled.
  await expect.poll(async () => (await cue(page)).opacity).toBe(0);
  await expect(dots.locator('span:not([data-shown])')).toHaveCount(0);

  // Back one step: more is coming again.
  await page.keyboard.press('ArrowLeft');
  await expect(dots).toHaveAccessibleName(`Step ${count - 1} of ${count}`);
  await expect.poll(async () => (await cue(page)).opacity).toBeGreaterThan(0.3);
});

test('a slide without steps shows no dots and no mark; moving on to one with steps brings both', async ({ page }) => {
  const { n, count, plain } = await slideWithSteps(page);
  await page.goto(`/slides/${plain}`);
  await deckReady(page);
  await expect(page.locator('#deck-steps')).toBeHidden();
  expect((await cue(page)).opacity).toBe(0);

  // Swapped in place (the go-to hook the presenter uses), the dots follow the new slide.
  await page.evaluate((to) => document.dispatchEvent(new CustomEvent('deck:goto', { detail: { slide: to, step: 0 } })), n);
  await expectSlide(page, n, 0);
  await expect(page.getByRole('img', { name: `Step 0 of ${count}` })).toBeVisible();
  await expect.poll(async () => (await cue(page)).opacity).toBeGreaterThan(0.3);
});

test('the mark keeps still with reduced motion, and neither dots nor mark are printed', async ({ page }) => {
  const { n } = await slideWithSteps(page);
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.goto(`/slides/${n}`);
  await deckReady(page);
  expect((await cue(page)).animation).not.toBe('none');

  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect((await cue(page)).animation).toBe('none');

  await page.emulateMedia({ media: 'print' });
  expect((await cue(page)).display).toBe('none');
  await expect(page.locator('#deck-steps')).toBeHidden();
});

test('the presenter’s previews carry no mark: it is the audience’s cue, on the deck only', async ({ page }) => {
  const { n } = await slideWithSteps(page);
  await page.goto(`/presenter/${n}`);
  await expect(page.locator('#pr-current .slide')).toBeAttached();
  await expect(page.locator('[data-steps-left]')).toHaveCount(0);
  await expect(page.locator('#deck-steps')).toHaveCount(0);
});
