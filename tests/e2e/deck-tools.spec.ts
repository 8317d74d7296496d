// The deck's tools: overview, go to, help, blackout, presenter, theme, swipe,
// and keys that belong to form fields.
import { test, expect } from '@playwright/test';
import { deckReady, expectSlide, markDocument, position, sameDocument, slideCount, stepCounts } from './deck-helpers.ts';

test('o opens the overview of all slides; arrows and Enter open one', async ({ page }) => {
  const total = await slideCount(page);
  await page.goto('/slides/1');
  await deckReady(page);
  await markDocument(page);
  await page.keyboard.press('o');
  const overview = page.getByRole('dialog', { name: 'All slides' });
  await expect(overview).toBeVisible();
  await expect(overview.getByRole('link')).toHaveCount(total);
  const current = overview.locator('a[aria-current="page"]');
  await expect(current).toHaveAttribute('data-n', '1');
  await expect(current).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(overview).toBeHidden();
  await expectSlide(page, 2, 0);
  expect(await sameDocument(page)).toBe(true);

  // Still works after a swap, and marks the new current slide.
  await page.keyboard.press('o');
  await expect(overview.locator('a[aria-current="page"]')).toHaveAttribute('data-n', '2');
  await page.keyboard.press('Escape');
  await expect(overview).toBeHidden();
});

test('g asks for a slide number and goes there; typing in it does not move the deck', async ({ page }) => {
  const total = await slideCount(page);
  const target = Math.max(1, total - 2);
  await page.goto('/slides/1');
  await deckReady(page);
  await page.keyboard.press('g');
  const dialog = page.getByRole('dialog', { name: 'Go to slide' });
  const input = dialog.getByRole('spinbutton', { name: /Slide number/ });
  await expect(input).toBeFocused();
  await input.fill(String(target));
  await input.press('Enter');
  await expect(dialog).toBeHidden();
  await expectSlide(page, target, 0);
});

test('? shows the keyboard shortcuts; Escape closes them', async ({ page }) => {
  await slideCount(page);
  await page.goto('/slides/1');
  await deckReady(page);
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  await expect(help).toContainText('PageDown');
  await expect(help).toContainText('Overview');
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  expect(position(page)).toEqual({ n: 1, step: 0 });
});

test('b blacks out the screen and b brings it back', async ({ page }) => {
  await slideCount(page);
  await page.goto('/slides/1');
  await deckReady(page);
  const curtain = page.locator('#deck-blackout');
  await expect(curtain).toBeHidden();
  await page.keyboard.press('b');
  await expect(curtain).toBeVisible();
  await page.keyboard.press('b');
  await expect(curtain).toBeHidden();
  // Next in a blackout lifts the curtain on the same slide rather than moving behind it.
  const before = page.url();
  await page.keyboard.press('b');
  await expect(curtain).toBeVisible();
  await page.keyboard.press('PageDown');
  await expect(curtain).toBeHidden();
  expect(page.url()).toBe(before);
});

test('f toggles fullscreen', async ({ page }) => {
  await slideCount(page);
  await page.goto('/slides/1');
  await deckReady(page);
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true);
});

test('with reduced motion, steps appear without a transition', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const total = await slideCount(page);
  const counts = await stepCounts(page, total);
  const s = counts.findIndex((c) => c >= 1) + 1;
  expect(s, 'the talk has a slide with steps').toBeGreaterThan(0);
  await page.goto(`/slides/${s}?step=1`);
  await deckReady(page);
  const duration = await page
    .locator('section.slide :is([data-step], .steps li)')
    .first()
    .evaluate((e) => parseFloat(getComputedStyle(e).transitionDuration) * 1000);
  expect(duration).toBeLessThan(1);
});

test('s opens the presenter window for the current slide', async ({ page }) => {
  await slideCount(page);
  await page.goto('/slides/2');
  await deckReady(page);
  const [popup] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
  expect(new URL(popup.url()).pathname).toBe('/presenter/2');
  await popup.close();
});

test('keys typed into a field or an ignore zone never move the deck', async ({ page }) => {
  await slideCount(page);
  await page.goto('/slides/2');
  await deckReady(page);
  // A live demo's form field and a region that keeps its keys, inside the slide.
  await page.evaluate(() => {
    const slide = document.querySelector('section.slide');
    const input = document.createElement('input');
    input.setAttribute('aria-label', 'Demo field');
    const zone = document.createElement('div');
    zone.setAttribute('data-deck-keys', 'ignore');
    zone.tabIndex = 0;
    zone.setAttribute('aria-label', 'Demo zone');
    slide?.append(input, zone);
  });
  const before = position(page);
  const field = page.getByLabel('Demo field');
  await field.focus();
  for (const key of ['ArrowRight', 'Space', 'PageDown', 'End', 'o', 'g', 'b', '?']) await field.press(key);
  await expect(field).toHaveValue(' ogb?');
  await page.getByLabel('Demo zone').focus();
  for (const key of ['ArrowRight', 'Space', 'PageDown', 'Home']) await page.keyboard.press(key);
  expect(position(page)).toEqual(before);
  await expect(page.locator('dialog[open]')).toHaveCount(0);
  await expect(page.locator('#deck-blackout')).toBeHidden();
});

test('the theme toggle switches light/dark, is remembered across reloads, and a corrupted value is ignored', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const html = page.locator('html');
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  const bgLight = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  await toggle.click();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).not.toBe(bgLight);

  await page.goto('/slides/1');
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');

  await page.evaluate(() => localStorage.setItem('theme', '{"broken'));
  await page.reload();
  await expect(html).not.toHaveAttribute('data-theme', /.*/);
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'false');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the canvas fits the screen and a swipe moves the deck', async ({ page }) => {
    await slideCount(page);
    await page.goto('/slides/2');
    await deckReady(page);
    await markDocument(page);
    const box = await page.locator('.deck-canvas').boundingBox();
    expect(box?.width).toBeLessThanOrEqual(391);
    expect(box?.x).toBeGreaterThanOrEqual(-1);

    const swipe = (fromX: number, toX: number) =>
      page.evaluate(
        ([fromX, toX]) => {
          const target = document.getElementById('deck-stage');
          if (!target) throw new Error('no stage');
          const touch = (x: number) => new Touch({ identifier: 1, target, clientX: x, clientY: 300 });
          target.dispatchEvent(new TouchEvent('touchstart', { bubbles: true, touches: [touch(fromX)], changedTouches: [touch(fromX)] }));
          target.dispatchEvent(new TouchEvent('touchmove', { bubbles: true, touches: [touch(toX)], changedTouches: [touch(toX)] }));
          target.dispatchEvent(new TouchEvent('touchend', { bubbles: true, touches: [], changedTouches: [touch(toX)] }));
        },
        [fromX, toX],
      );
    const before = position(page);
    await swipe(300, 80); // finger moves left: next
    await expect.poll(() => position(page)).not.toEqual(before);
    await swipe(80, 300); // finger moves right: previous
    await expect.poll(() => position(page)).toEqual(before);
    expect(await sameDocument(page)).toBe(true);
  });
});
