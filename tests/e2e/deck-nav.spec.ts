// Moving through the talk: every key of design.md, steps, deep links, history.
import { test, expect } from '@playwright/test';
import { after, deckReady, expectSlide, markDocument, position, sameDocument, slideCount, slideFacts, stepCounts } from './deck-helpers.ts';

test('next keys (Right, Down, Space, PageDown) move forward, previous keys (Left, Up, PageUp, Shift+Space) back', async ({ page }) => {
  const total = await slideCount(page);
  await page.goto(`/slides/${Math.min(2, total)}`);
  await deckReady(page);
  for (const key of ['ArrowRight', 'ArrowDown', 'Space', 'PageDown']) {
    const before = position(page);
    await page.keyboard.press(key);
    await expect.poll(() => after(position(page), before), `${key} moves forward`).toBe(true);
  }
  for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp', 'Shift+Space']) {
    const before = position(page);
    await page.keyboard.press(key);
    await expect.poll(() => after(before, position(page)), `${key} moves back`).toBe(true);
  }
});

test('Home goes to the first slide, End to the last, fully revealed', async ({ page }) => {
  const total = await slideCount(page);
  const counts = await stepCounts(page, total);
  await page.goto('/slides/2');
  await deckReady(page);
  await page.keyboard.press('End');
  await expectSlide(page, total, counts[total - 1]);
  await page.keyboard.press('Home');
  await expectSlide(page, 1, 0);
});

test('steps: ?step=K shows K steps, next reveals a step before changing slide, back enters fully revealed', async ({ page }) => {
  const total = await slideCount(page);
  const counts = await stepCounts(page, total);
  const s = counts.findIndex((c, i) => c >= 2 && i + 1 < total) + 1;
  expect(s, 'the talk has a slide with two steps, before its last slide').toBeGreaterThan(0);
  const count = counts[s - 1] ?? 0;
  const steps = page.locator('section.slide :is([data-step], .steps li)');

  await page.goto(`/slides/${s}?step=1`);
  await deckReady(page);
  await expect(steps.nth(0)).toBeVisible();
  await expect(steps.nth(1)).toBeHidden();

  await page.keyboard.press('ArrowRight');
  await expectSlide(page, s, 2);
  await expect(steps.nth(1)).toBeVisible();

  // Walk to the last step; one more press changes slide, at its step 0.
  for (let k = 3; k <= count; k++) await page.keyboard.press('ArrowRight');
  await expectSlide(page, s, count);
  await page.keyboard.press('ArrowRight');
  await expectSlide(page, s + 1, 0);

  // Back: enters slide s with every step shown.
  await page.keyboard.press('ArrowLeft');
  await expectSlide(page, s, count);
  for (let i = 0; i < count; i++) await expect(steps.nth(i)).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expectSlide(page, s, count - 1);
  await expect(steps.nth(count - 1)).toBeHidden();
});

test('a slide opened without ?step shows no steps yet; an out-of-range step shows them all', async ({ page }) => {
  const total = await slideCount(page);
  const counts = await stepCounts(page, total);
  const s = counts.findIndex((c) => c >= 1) + 1;
  expect(s, 'the talk has a slide with steps').toBeGreaterThan(0);
  const steps = page.locator('section.slide :is([data-step], .steps li)');
  await page.goto(`/slides/${s}`);
  await deckReady(page);
  await expect(steps.first()).toBeHidden();
  await page.goto(`/slides/${s}?step=999`);
  await deckReady(page);
  await expect(steps.last()).toBeVisible();
  expect(position(page)).toEqual({ n: s, step: counts[s - 1] });
});

test('deep link to a later slide works on load, with its title and counter', async ({ page }) => {
  const total = await slideCount(page);
  const n = Math.max(1, total - 1);
  await page.goto(`/slides/${n}`);
  await deckReady(page);
  await expectSlide(page, n);
  await expect(page).toHaveTitle(new RegExp(` — Event Sourcing \\(${n}/${total}\\)$`));
  await expect(page.locator('#deck-total')).toHaveText(String(total));
});

test('moving between slides swaps in place, updates title, announces, and the Back button returns', async ({ page }) => {
  const total = await slideCount(page);
  const facts = await slideFacts(page, total);
  // Three plain slides in a row (no live demo, which needs a fresh document).
  const start = facts.findIndex((f, i) => !f.full && facts[i + 1]?.full === false && facts[i + 2]?.full === false) + 1;
  expect(start, 'the talk has three plain slides in a row').toBeGreaterThan(0);
  await page.goto(`/slides/${start}`);
  await deckReady(page);
  await markDocument(page);
  const target = start + 2;
  // Enough presses to reach slide `target` through every step of the slides before it.
  const presses = facts.slice(start - 1, target - 1).reduce((a, f) => a + f.steps + 1, 0);
  for (let i = 0; i < presses; i++) await page.keyboard.press('PageDown');
  await expectSlide(page, target, 0);
  expect(await sameDocument(page), 'no new document was loaded').toBe(true);
  const title = await page.locator('section.slide').getAttribute('data-title');
  await expect(page).toHaveTitle(`${title} — Event Sourcing (${target}/${total})`);
  await expect(page.locator('#deck-announce')).toHaveText(`Slide ${target} of ${total}: ${title}`);

  await page.goBack();
  await expectSlide(page, target - 1);
  expect(await sameDocument(page)).toBe(true);
  await page.goForward();
  await expectSlide(page, target);
});

test('a live-demo slide swaps in place like the others, its demo runs, and the deck still works there', async ({ page }) => {
  const total = await slideCount(page);
  const facts = await slideFacts(page, total);
  const demo = facts.findIndex((f, i) => f.demo && i > 0) + 1;
  expect(demo, 'the talk has a live demo after its first slide').toBeGreaterThan(0);
  const before = facts[demo - 2];
  await page.goto(`/slides/${demo - 1}?step=${before?.steps ?? 0}`);
  await deckReady(page);
  await markDocument(page);
  await page.keyboard.press('ArrowRight');
  await expectSlide(page, demo, 0);
  expect(await sameDocument(page), 'swapped in place, no new document').toBe(true);
  await expect(page.locator('section.slide .demo[data-demo]')).toHaveAttribute('data-live', 'ready', { timeout: 15_000 });
  await page.keyboard.press('ArrowLeft');
  await expectSlide(page, demo - 1, before?.steps ?? 0);
  expect(await sameDocument(page)).toBe(true);
});

test('the Previous and Next buttons step like the keys', async ({ page }) => {
  await slideCount(page);
  await page.goto('/slides/2');
  await deckReady(page);
  const before = position(page);
  await page.getByRole('link', { name: 'Next' }).click();
  await expect.poll(() => after(position(page), before)).toBe(true);
  await page.getByRole('link', { name: 'Previous' }).click();
  await expect.poll(() => position(page)).toEqual(before);
});
