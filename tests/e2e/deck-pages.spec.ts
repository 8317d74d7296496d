// Every built slide page, the reading view and the print view, as a visitor
// (or a printer) gets them. The slide count comes from the site itself.
import { test, expect } from '@playwright/test';
import { slideCount } from './deck-helpers.ts';

test('every slide page loads with no console error, its title, its canvas and its counter', async ({ page }) => {
  test.setTimeout(120_000);
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`${page.url()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
  const total = await slideCount(page);
  for (let n = 1; n <= total; n++) {
    // One retry: on a loaded machine a navigation is now and then aborted by the browser.
    const response = await page.goto(`/slides/${n}`).catch(() => page.goto(`/slides/${n}`));
    expect(response?.status(), `/slides/${n}`).toBe(200);
    const slide = page.locator('section.slide');
    await expect(slide).toHaveAttribute('data-layout', /^(title|default|section|quote)$/);
    await expect(page).toHaveTitle(new RegExp(` — Event Sourcing \\(${n}/${total}\\)$`));
    await expect(page.locator('#deck-current')).toHaveText(String(n));
    const box = await slide.boundingBox();
    expect(Math.round((box?.width ?? 0) / (box?.height ?? 1) * 9), `slide ${n} is 16:9`).toBe(16);
  }
  expect(errors).toEqual([]);
});

test('the home page says what the site is and links to every way in', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Event Sourcing, interactively');
  const main = page.getByRole('main');
  for (const href of ['/slides/1', '/read', '/print', '/playground', '/exercises']) {
    await expect(main.locator(`a[href="${href}"]`).first()).toBeVisible();
  }
  const nav = page.getByRole('navigation', { name: 'Site' });
  for (const name of ['Home', 'Slides', 'Read', 'Playground', 'Exercises']) {
    await expect(nav.getByRole('link', { name, exact: true })).toBeVisible();
  }
  await expect(nav.getByRole('link', { name: 'Home' })).toHaveAttribute('aria-current', 'page');
});

test('the skip link takes keyboard users past the header', async ({ page }) => {
  await page.goto('/read');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();
});

test('/read has the whole talk: contents by section, every slide with an anchor, notes, steps shown', async ({ page }) => {
  const total = await slideCount(page);
  await page.goto('/read');
  const toc = page.getByRole('navigation', { name: 'Contents' });
  await expect(toc.locator('a[href^="#slide-"]')).toHaveCount(total);
  await expect(page.locator('article.read-slide')).toHaveCount(total);
  for (const n of [1, total]) {
    await expect(page.locator(`#slide-${n}`)).toBeAttached();
    await expect(page.locator(`#slide-${n} .read-notes p`).first()).not.toBeEmpty();
    await expect(page.locator(`#slide-${n} a[href="/slides/${n}"]`)).toBeAttached();
  }
  // Nothing is held back for a later step in the reading view.
  const hidden = await page.locator('.read-slide-content :is([data-step], .steps li)').evaluateAll(
    (els) => els.filter((e) => getComputedStyle(e).visibility === 'hidden' || getComputedStyle(e).opacity === '0').length,
  );
  expect(hidden).toBe(0);
  // A TOC link lands on its slide.
  await toc.locator(`a[href="#slide-${total}"]`).click();
  await expect(page).toHaveURL(new RegExp(`#slide-${total}$`));
  await expect(page.locator(`#slide-${total}`)).toBeInViewport();
});

test('/print lays out every slide on its own 1280x720 page, steps shown, backgrounds kept', async ({ page }) => {
  const total = await slideCount(page);
  await page.goto('/print');
  await page.emulateMedia({ media: 'print' });
  const slides = page.locator('.print-sheet section.slide');
  await expect(slides).toHaveCount(total);
  const box = await slides.first().boundingBox();
  expect(box).toMatchObject({ width: 1280, height: 720 });
  const hidden = await page.locator('.print-sheet :is([data-step], .steps li)').evaluateAll(
    (els) => els.filter((e) => getComputedStyle(e).visibility === 'hidden').length,
  );
  expect(hidden).toBe(0);
  const adjust = await slides.first().evaluate((e) => getComputedStyle(e).printColorAdjust);
  expect(adjust).toBe('exact');
  await expect(page.locator('.site-header')).toBeHidden();
  // Each sheet ends its page; the PDF itself is checked by the export's own tests.
  const breaks = await page.locator('.print-sheet').evaluateAll((els) => els.map((e) => getComputedStyle(e).breakAfter));
  expect(breaks.slice(0, -1).every((b) => b === 'page')).toBe(true);
  const pageRule = await page.evaluate(() =>
    Array.from(document.styleSheets)
      .flatMap((sheet) => Array.from(sheet.cssRules))
      .some((r) => r instanceof CSSPageRule && r.style.getPropertyValue('size').replace(/\s+/g, ' ') === '1280px 720px'),
  );
  expect(pageRule, '@page { size: 1280px 720px }').toBe(true);
});
