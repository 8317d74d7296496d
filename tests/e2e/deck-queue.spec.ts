// Presses that arrive while the deck is still setting a slide up are applied,
// not dropped; live-demo slides swap in place and clean up after themselves.
import { test, expect } from '@playwright/test';
import { deckReady, expectSlide, markDocument, sameDocument, slideCount, slideFacts, stepCounts, walkNext } from './deck-helpers.ts';

test('30 quick presses through slides 4–8, a live demo among them, arrive where the step counts say', async ({ page }) => {
  // It reads every built slide (45) for its steps and crosses a live demo twice: on a loaded
  // two-core machine that took 49 s, past the default 30 s. Room, not a speed target.
  test.setTimeout(120_000);
  const total = await slideCount(page);
  const facts = await slideFacts(page, total);
  expect(facts.slice(3, 8).some((f) => f.demo), 'a live-demo slide between slides 4 and 8').toBe(true);
  const counts = facts.map((f) => f.steps);
  const expected = walkNext(counts, { n: 4, step: 0 }, 30);
  // The run goes past the demo slide, so it must be crossed, not just reached.
  const demo = facts.findIndex((f, i) => i >= 3 && f.demo) + 1;
  expect(expected.n, 'the presses cross the demo slide').toBeGreaterThan(demo);

  await page.goto('/slides/4');
  await deckReady(page);
  await markDocument(page);
  // No pause between presses: each arrives while the last move may still be under way.
  for (let i = 0; i < 30; i++) await page.keyboard.press('ArrowRight', { delay: 0 });
  await expectSlide(page, expected.n, expected.step);
  await expect(page.locator('section.slide [data-revealed]')).toHaveCount(expected.step);
  expect(await sameDocument(page), 'every slide, the demo one too, swapped in place').toBe(true);

  // And back again, as quickly: the same number of presses returns to the start.
  for (let i = 0; i < 30; i++) await page.keyboard.press('ArrowLeft', { delay: 0 });
  await expectSlide(page, 4, 0);
});

test('leaving a live-demo slide stops its runner: coming back twice leaves one sandboxed iframe', async ({ page }) => {
  const total = await slideCount(page);
  const facts = await slideFacts(page, total);
  const demo = facts.findIndex((f, i) => f.demo && i > 0) + 1;
  expect(demo).toBeGreaterThan(1);
  const before = facts[demo - 2]?.steps ?? 0;
  const frames = page.locator('iframe[sandbox]');

  await page.goto(`/slides/${demo - 1}?step=${before}`);
  await deckReady(page);
  await markDocument(page);
  await expect(frames).toHaveCount(0);
  for (let visit = 0; visit < 3; visit++) {
    await page.keyboard.press('ArrowRight');
    await expectSlide(page, demo, 0);
    const live = page.locator('section.slide .demo[data-demo]');
    await expect(live).toHaveAttribute('data-live', 'ready', { timeout: 15_000 });
    await expect(frames).toHaveCount(1);
    await page.keyboard.press('ArrowLeft');
    await expectSlide(page, demo - 1, before);
    await expect(frames, 'the demo’s runner went with its slide').toHaveCount(0);
  }
  expect(await sameDocument(page)).toBe(true);

  // The third arrival still gives a working demo: reveal it and move its control.
  await page.keyboard.press('ArrowRight');
  const steps = facts[demo - 1]?.steps ?? 0;
  for (let i = 0; i < steps; i++) await page.keyboard.press('ArrowRight');
  await expectSlide(page, demo, steps);
  const region = page.locator('section.slide .demo[data-demo]');
  await expect(region).toHaveAttribute('data-live', 'ready', { timeout: 15_000 });
  const slider = region.getByRole('slider');
  await slider.focus();
  await page.keyboard.press('Home');
  await expect(slider).toHaveValue('0');
  await expect(region).toHaveAttribute('data-position', '0');
  await expect(frames).toHaveCount(1);
});

test.describe('across a full page load', () => {
  // Requests must reach page.route, not the offline service worker.
  test.use({ serviceWorkers: 'block' });

  test('presses made while the deck leaves for a full page load are applied on the new page', async ({ page }) => {
    const total = await slideCount(page);
    const counts = await stepCounts(page, total);
    // A slide whose next slide has steps, so the carried presses have somewhere visible to go.
    const n = counts.findIndex((c, i) => i > 0 && c >= 2);
    expect(n, 'a slide followed by one with two steps or more').toBeGreaterThan(0);
    const target = n + 1;
    // The deck cannot fetch the next slide's HTML (so it navigates), and the navigation is slow to answer.
    await page.route(`**/slides/${target}`, async (route) => {
      if (route.request().resourceType() !== 'document') return route.abort();
      await new Promise((r) => setTimeout(r, 700));
      return route.continue();
    });
    await page.goto(`/slides/${n}?step=${counts[n - 1] ?? 0}`);
    await deckReady(page);
    await markDocument(page);
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight', { delay: 0 });
    const expected = walkNext(counts, { n, step: counts[n - 1] ?? 0 }, 3);
    await expectSlide(page, expected.n, expected.step);
    await expect(page.locator('section.slide [data-revealed]')).toHaveCount(expected.step);
    expect(await sameDocument(page), 'a new document: the presses crossed a page load').toBe(false);
  });

  test('presses made before the deck script has started are queued and applied when it starts', async ({ page }) => {
    const total = await slideCount(page);
    const counts = await stepCounts(page, total);
    const n = counts.findIndex((c) => c >= 2) + 1;
    expect(n, 'a slide with two steps or more').toBeGreaterThan(0);
    // The page is up, its scripts are slow to come: a slow network, or a busy phone.
    await page.route('**/_astro/*.js', async (route) => {
      await new Promise((r) => setTimeout(r, 1500));
      return route.continue();
    });
    await page.goto(`/slides/${n}`, { waitUntil: 'commit' });
    await expect(page.locator('#deck-next')).toBeAttached();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight', { delay: 0 });
    // The deck had not started yet (it fills the live region when it does).
    await expect(page.locator('#deck-announce')).toHaveText('');
    const expected = walkNext(counts, { n, step: 0 }, 3);
    await expectSlide(page, expected.n, expected.step);
    await expect(page.locator('section.slide [data-revealed]')).toHaveCount(expected.step);
  });
});
