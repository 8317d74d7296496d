// The deck's own typefaces: self-hosted (no request leaves the site), woff2
// only, preloaded, and light: the first slide gets at most 80 KB of them.
import { test, expect, type Response } from '@playwright/test';
import { slideNumber } from './deck-helpers.ts';

const BUDGET = 80 * 1024;

test('the first slide draws in its own faces, preloaded from the site, with at most 80 KB of woff2', async ({ page }) => {
  const fonts: { url: string; bytes: number }[] = [];
  const onResponse = async (response: Response) => {
    if (response.request().resourceType() !== 'font') return;
    fonts.push({ url: response.url(), bytes: (await response.body()).length });
  };
  page.on('response', onResponse);
  await page.goto('/slides/1');
  await page.evaluate(() => document.fonts.ready);
  await page.waitForLoadState('networkidle');

  page.off('response', onResponse);
  const origin = new URL(page.url()).origin;
  expect(fonts.length).toBeGreaterThan(0);
  for (const { url } of fonts) {
    expect(new URL(url).origin, url).toBe(origin);
    expect(url, 'woff2 only').toMatch(/\.woff2$/);
    expect(url, 'the latin subset only').toMatch(/-latin-\d+-(normal|italic)\./);
  }
  const total = fonts.reduce((sum, f) => sum + f.bytes, 0);
  test.info().annotations.push({ type: 'font bytes on /slides/1', description: `${total} B in ${fonts.length} files` });
  console.log(`font bytes on /slides/1: ${total} B in ${fonts.length} files`);
  expect(total).toBeLessThanOrEqual(BUDGET);

  // Preloaded: the head asks for them before the styles do.
  const preloads = await page.locator('link[rel="preload"][as="font"]').evaluateAll((links) => links.map((l) => (l as HTMLLinkElement).href));
  expect(preloads.length).toBeGreaterThanOrEqual(2);
  for (const href of preloads) expect(fonts.map((f) => f.url)).toContain(href);

  // And used: the title is drawn in the text face...
  expect(await page.evaluate(() => document.fonts.check('700 54px "Atkinson Hyperlegible Next"'))).toBe(true);
  expect(await page.locator('section.slide h1').evaluate((h1) => getComputedStyle(h1).fontFamily)).toMatch(/^"?Atkinson Hyperlegible Next/);
  // ...and code in the mono face (the fold slide shows code).
  await page.goto(`/slides/${await slideNumber(page.request, 'fold')}`);
  await page.evaluate(() => document.fonts.ready);
  expect(await page.evaluate(() => document.fonts.check('20px "Atkinson Hyperlegible Mono"'))).toBe(true);
  expect(await page.locator('section.slide pre').first().evaluate((pre) => getComputedStyle(pre).fontFamily)).toMatch(/Atkinson Hyperlegible Mono/);
});
