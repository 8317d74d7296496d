// axe-core on the pages a visitor reads: no serious or critical violation on
// the home page, the reading view, the print view, every slide (fully
// revealed, so steps are checked too), the playground and an exercise with
// their editors, in the light and the dark theme.
import { test, expect, type Page } from '@playwright/test';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { deckReady, slideCount } from './deck-helpers.ts';

// Injected by evaluation, not a <script> tag: the site's CSP allows only its own scripts.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

function serious(url: string, violations: { id: string; impact?: string | null; nodes: { target: unknown[] }[] }[]): string[] {
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${url} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

async function wholePage(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return serious(page.url(), results.violations);
}

/** Only the slide: the deck around it is the same on every page and checked once. */
async function slideOnly(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (el: Element, o: object) => Promise<{ violations: { id: string; impact?: string | null; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const slide = document.querySelector('section.slide');
    if (!slide) throw new Error('no slide');
    const r = await axe.run(slide, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
  return serious(page.url(), violations);
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });

    test('home page, reading view, print view and the 404 page', async ({ page }) => {
      test.setTimeout(240_000); // /read and /print hold the whole talk: axe takes a while
      const found: string[] = [];
      for (const path of ['/', '/read', '/print', '/slides/0']) {
        await page.goto(path);
        found.push(...(await wholePage(page)));
      }
      expect(found).toEqual([]);
    });

    // Editors included: the editor's colours come from the theme too (monaco-editor.ts).
    test('the playground, its editor included', async ({ page }) => {
      test.setTimeout(300_000); // Monaco, a fold in the worker and axe over a large page: slow on a busy machine
      await page.goto('/playground?example=bank-account');
      await expect(page.locator('.pg[data-ready="true"]')).toBeAttached({ timeout: 90_000 });
      await expect(page.locator('.monaco-editor').first()).toBeVisible({ timeout: 90_000 });
      expect(await wholePage(page)).toEqual([]);
    });

    test('an exercise after a failed check, its editor included', async ({ page }) => {
      test.setTimeout(300_000);
      await page.goto('/exercises/decide-with-an-invariant');
      await expect(page.locator('.monaco-editor').first()).toBeVisible({ timeout: 90_000 });
      await page.getByRole('button', { name: 'Check', exact: true }).click();
      await expect(page.locator('.ex-check.is-fail').first()).toBeVisible({ timeout: 90_000 });
      expect(await wholePage(page)).toEqual([]);
    });

    test('every slide, fully revealed, and the deck with its dialogs', async ({ page }) => {
      test.setTimeout(300_000);
      const total = await slideCount(page);
      await page.goto('/slides/1?step=999');
      await deckReady(page);
      const found = await wholePage(page);
      for (const key of ['o', 'g', '?']) {
        await page.keyboard.press(key);
        await expect(page.locator('dialog[open]'), `the dialog of ${key}`).toBeVisible();
        found.push(...(await wholePage(page)));
        await page.keyboard.press('Escape');
        await expect(page.locator('dialog[open]')).toHaveCount(0);
      }
      for (let n = 1; n <= total; n++) {
        // Follow a link, as a visitor would: the deck swaps the slide in place.
        await page.evaluate((n) => {
          const a = document.createElement('a');
          a.href = `/slides/${n}?step=999`;
          document.body.append(a);
          a.click();
          a.remove();
        }, n);
        await expect(page.locator('section.slide')).toHaveAttribute('data-n', String(n));
        found.push(...(await slideOnly(page)));
      }
      expect(found).toEqual([]);
    });
  });
}
