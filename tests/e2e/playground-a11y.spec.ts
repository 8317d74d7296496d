// Accessibility and layout: axe-core finds no serious or critical issue, the
// keyboard reaches and resizes everything, phones get a plain editor, and the
// embed comes without site chrome.
import { test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { collectErrors, exampleEvents, openPlayground, region, replaceEditor, timeTravel, expect, openNotice } from './playground-helpers.ts';

// A busy machine compiles and folds slowly: give each test room (no timing is asserted).
test.describe.configure({ timeout: 120_000 });

async function serious(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`axe: no serious or critical violations (${scheme})`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: scheme });
    await openPlayground(page, '?example=bank-account');
    await openNotice(page);
    expect(await serious(page)).toEqual([]);
  });
}

test('axe: the embed and the phone layout', async ({ page }) => {
  test.setTimeout(120_000);
  await openPlayground(page, '?example=counter', '/embed/playground');
  expect(await serious(page)).toEqual([]);
  await page.setViewportSize({ width: 390, height: 844 });
  await openPlayground(page, '?example=counter');
  expect(await serious(page)).toEqual([]);
});

test('keyboard: separators resize panes and the slider moves by arrow keys', async ({ page }) => {
  await openPlayground(page, '?example=counter');
  const separator = page.getByRole('separator', { name: 'Resize the editor pane' });
  const before = Number(await separator.getAttribute('aria-valuenow'));
  await separator.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  expect(Number(await separator.getAttribute('aria-valuenow'))).toBe(before + 4);
  const total = exampleEvents('counter').length;
  await timeTravel(page).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(timeTravel(page)).toHaveValue(String(total - 1));
  await expect(page.locator('#pg-editor-hint')).toContainText('Esc');
});

// Escape out of the editors: tests/e2e/editor-keyboard.spec.ts.

test('phone: stacked panes and a plain editor that re-runs', async ({ page }) => {
  const errors = collectErrors(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await openPlayground(page, '?example=counter');
  await expect(page.locator('#pg-code-editor textarea.plain-editor')).toBeVisible();
  await expect(page.locator('.monaco-editor')).toHaveCount(0);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
  await replaceEditor(page, 'events', '[{"type":"Incremented","data":{"amount":3}}]');
  await expect(timeTravel(page)).toHaveValue('1');
  await expect(region(page, 'State').locator('.tree')).toContainText('count: 3');
  expect(errors).toEqual([]);
});

test('embed: no site header, same playground, a link to the full page', async ({ page }) => {
  await openPlayground(page, '?example=bank-account', '/embed/playground');
  await expect(page.getByRole('navigation', { name: 'Site' })).toHaveCount(0);
  await expect(page.getByRole('combobox', { name: 'Example' })).toHaveValue('bank-account');
  await expect(page.getByRole('link', { name: 'Open full playground' })).toHaveAttribute('href', '/playground?example=bank-account');
});
