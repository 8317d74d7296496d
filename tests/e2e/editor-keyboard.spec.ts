// The keyboard path through pages with an editor: Tab indents inside Monaco,
// so Escape is the way out, and it must go forward. After Escape, Tab keeps
// moving on through the page and never lands back inside the editor.
import { test, type Locator, type Page } from '@playwright/test';
import { openPlayground, expect } from './playground-helpers.ts';

test.describe.configure({ timeout: 120_000 });

/** Where focus is, relative to the editor host: inside it, before it or after it. */
async function focusRelativeTo(host: Locator): Promise<'inside' | 'before' | 'after' | 'nowhere'> {
  return host.evaluate((el) => {
    const active = document.activeElement;
    if (!active || active === document.body) return 'nowhere';
    if (el.contains(active)) return 'inside';
    return el.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING ? 'after' : 'before';
  });
}

async function escapeThenTab(page: Page, host: Locator, tabs: number): Promise<void> {
  await expect.poll(() => focusRelativeTo(host)).toBe('inside');
  await page.keyboard.press('Escape');
  expect(await focusRelativeTo(host), 'Escape moves focus to the next control after the editor').toBe('after');
  for (let i = 1; i <= tabs; i += 1) {
    await page.keyboard.press('Tab');
    expect(await focusRelativeTo(host), `Tab ${i} after Escape`).not.toBe('inside');
  }
}

test('playground: Escape leaves the code editor and the events editor forward', async ({ page }) => {
  await openPlayground(page, '?example=bank-account');
  const code = page.locator('#pg-code-editor');
  await code.locator('.view-lines').click();
  await escapeThenTab(page, code, 8);

  await page.getByRole('tab', { name: 'Events (JSON)' }).click();
  const events = page.locator('#pg-events-editor');
  await events.locator('.view-lines').click();
  await escapeThenTab(page, events, 4);
});

test('exercise page: Escape leaves the editor for the Check button, then Tab moves on', async ({ page }) => {
  await page.goto('/exercises/fold-a-stream');
  const check = page.getByRole('button', { name: 'Check', exact: true });
  await expect(check).toBeEnabled({ timeout: 20_000 });
  const host = page.locator('[data-ex="editor"]');
  await host.locator('.view-lines').click();
  await page.keyboard.press('Escape');
  await expect(check).toBeFocused();
  await page.keyboard.press('Tab');
  expect(await focusRelativeTo(host)).toBe('after');
});

test('embedded exercise on a phone: the plain editor leaves on Escape too', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/embed/exercises/fold-a-stream');
  const area = page.locator('textarea.plain-editor');
  await expect(area).toBeVisible({ timeout: 20_000 });
  await area.focus();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Check', exact: true })).toBeFocused();
});
