// Share links and saved edits: nothing a learner typed is lost by a reload,
// a link carries it to someone else, and broken input never breaks the page.
import { test } from '@playwright/test';
import {
  alertRegion, editorText, exampleEvents, openPlayground, region, replaceEditor, statusRegion, timeTravel, travelTo,
  expect,
} from './playground-helpers.ts';

// A busy machine compiles and folds slowly: give each test room (no timing is asserted).
test.describe.configure({ timeout: 120_000 });

test('a share link carries code, events and position to a fresh browser', async ({ page, browser, baseURL }) => {
  await openPlayground(page, '?example=counter');
  const code = await editorText(page, 'code');
  await replaceEditor(page, 'code', `// shared edit 4711\n${code}`);
  // The page takes an edit after a pause (and then drops any share link from the address bar):
  // wait until it has taken this one, so the link below carries it and stays.
  await expect.poll(() => page.evaluate(() => localStorage.getItem('esi.playground.v1.counter') ?? '')).toContain('shared edit 4711');
  await travelTo(page, 7);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(statusRegion(page)).toContainText(/link/i);
  // Read the address only once the fragment is there (the assertion waits for it).
  await expect(page).toHaveURL(/#share=[A-Za-z0-9_-]+$/);
  const url = page.url();

  const other = await browser.newContext({ baseURL });
  const fresh = await other.newPage();
  await fresh.goto(url);
  await expect(fresh.locator('.pg[data-ready="true"]')).toBeAttached({ timeout: 20_000 });
  await expect(timeTravel(fresh)).toHaveValue('7');
  expect(await editorText(fresh, 'code')).toContain('shared edit 4711');
  await expect(fresh.getByRole('combobox', { name: 'Example' })).toHaveValue('counter');
  await other.close();
});

test('edits survive a reload and Reset brings back the original', async ({ page }) => {
  await openPlayground(page, '?example=counter');
  const original = await editorText(page, 'code');
  await replaceEditor(page, 'code', `// my own note\n${original}`);
  await expect.poll(() => page.evaluate(() => localStorage.getItem('esi.playground.v1.counter') ?? '')).toContain('my own note');
  await page.reload();
  await expect(page.locator('.pg[data-ready="true"]')).toBeAttached({ timeout: 20_000 });
  expect(await editorText(page, 'code')).toContain('my own note');
  await page.getByRole('button', { name: 'Reset example to the original' }).click();
  await expect(statusRegion(page)).toContainText('Reset');
  expect(await editorText(page, 'code')).toBe(original);
  await page.reload();
  await expect(page.locator('.pg[data-ready="true"]')).toBeAttached({ timeout: 20_000 });
  expect(await editorText(page, 'code')).toBe(original);
});

test('a broken share link shows a notice and the default example', async ({ page }) => {
  await openPlayground(page, '#share=this-is-not-a-playground');
  // An error the learner should notice (they expected the link's content): role="alert", apart from run errors.
  await expect(page.locator('#pg-link-alert')).toHaveAttribute('role', 'alert');
  await expect(page.locator('#pg-link-alert')).toContainText('could not be read');
  await expect(page.getByRole('combobox', { name: 'Example' })).toHaveValue('counter');
  await expect(region(page, 'State').locator('.tree li').first()).toBeVisible();
  await expect(alertRegion(page)).toBeEmpty();
});

test('an unknown ?example= shows a notice and the default example', async ({ page }) => {
  await openPlayground(page, '?example=no-such-domain');
  await expect(statusRegion(page)).toContainText('no-such-domain');
  await expect(page.getByRole('combobox', { name: 'Example' })).toHaveValue('counter');
});

test('corrupted saved state does not break the page', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('esi.playground.v1.counter', '{"v":1,"code":42');
      sessionStorage.setItem('seeded', 'yes');
    }
  });
  await openPlayground(page, '?example=counter');
  await expect(statusRegion(page)).toContainText('could not be read');
  await expect(timeTravel(page)).toHaveValue(String(exampleEvents('counter').length));
  await expect(region(page, 'State').locator('.tree li').first()).toBeVisible();
  await expect(alertRegion(page)).toBeEmpty();
});

test('the example picker switches examples and keeps each one\'s edits apart', async ({ page }) => {
  await openPlayground(page, '?example=counter');
  const counterOriginal = await editorText(page, 'code');
  await replaceEditor(page, 'code', `// counter note\n${counterOriginal}`);
  await expect.poll(() => page.evaluate(() => localStorage.getItem('esi.playground.v1.counter') ?? '')).toContain('counter note');

  await page.getByRole('combobox', { name: 'Example' }).selectOption('bank-account');
  await expect(timeTravel(page)).toHaveValue(String(exampleEvents('bank-account').length));
  await expect(page).toHaveURL(/example=bank-account/);
  const events = exampleEvents('bank-account');
  await expect(region(page, 'Events').locator('.ev-row.is-current')).toContainText(events[events.length - 1].type);
  // The bank account opens as shipped: the counter's note stays with the counter.
  await expect.poll(() => editorText(page, 'code')).not.toContain('counter note');

  await page.getByRole('combobox', { name: 'Example' }).selectOption('counter');
  await expect(timeTravel(page)).toHaveValue(String(exampleEvents('counter').length));
  await expect.poll(() => editorText(page, 'code')).toContain('counter note');
});
