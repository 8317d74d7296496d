// Saved code that took the tab down is not run again automatically: while
// saved code runs, a mark sits in localStorage; a mark left over (the tab
// died) makes the next visit ask first, with the saved text in the editor.
import { readFileSync } from 'node:fs';
import { test, type Page } from '@playwright/test';
import { editorText, openPlayground, region, expect } from './playground-helpers.ts';
import { withSiteServiceWorker } from './service-worker.ts';

test.describe.configure({ timeout: 120_000 });
test.beforeEach(async ({ context }) => withSiteServiceWorker(context));

const original = readFileSync(new URL('../../playground/examples/counter/domain.ts', import.meta.url), 'utf8');
const events = readFileSync(new URL('../../playground/examples/counter/events.json', import.meta.url), 'utf8');
const MINE = `// my saved counter\n${original}`;
const MARK_KEY = 'esi.playground.running.v1.counter';
const crashNote = (page: Page) => page.locator('#pg-crash-note');
const mark = (page: Page) => page.evaluate((key) => localStorage.getItem(key), MARK_KEY);
const stateRows = (page: Page) => region(page, 'State').locator('.tree li');

/** Saved edits and a mark left by a tab that died while running them, planted before the first load only. */
async function plantCrashedVisit(page: Page): Promise<void> {
  await page.addInitScript(({ code, events, key }) => {
    if (sessionStorage.getItem('planted')) return;
    localStorage.setItem('esi.playground.v1.counter', JSON.stringify({ v: 1, code, events, position: 2 }));
    localStorage.setItem(key, JSON.stringify({ since: '2026-01-01T00:00:00.000Z' }));
    sessionStorage.setItem('planted', 'yes');
  }, { code: MINE, events, key: MARK_KEY });
}

test('a mark left by a dead tab: the saved code is not run, the page asks, and "Run my saved code" runs it', async ({ page }) => {
  await plantCrashedVisit(page);
  await openPlayground(page, '?example=counter');
  await expect(crashNote(page)).toContainText('did not finish running on your last visit');
  await expect(crashNote(page)).toHaveAttribute('role', 'alert');
  expect(await editorText(page, 'code')).toBe(MINE);
  // Ready, and nothing ran: no state was folded.
  await expect(stateRows(page)).toHaveCount(0);

  await crashNote(page).getByRole('button', { name: 'Run my saved code' }).click();
  await expect(stateRows(page).first()).toBeVisible();
  await expect(crashNote(page)).toBeHidden();
  // It answered, so the mark is gone: the next visit runs the code at once.
  await expect.poll(() => mark(page)).toBeNull();
  await page.reload();
  await expect(page.locator('.pg[data-ready="true"]')).toBeAttached({ timeout: 40_000 });
  await expect(stateRows(page).first()).toBeVisible();
  await expect(crashNote(page)).toBeHidden();
});

test('"Open the example\'s original code" runs the original and keeps the saved code saved', async ({ page }) => {
  await plantCrashedVisit(page);
  await openPlayground(page, '?example=counter');
  await crashNote(page).getByRole('button', { name: "Open the example's original code" }).click();
  await expect.poll(() => editorText(page, 'code')).toBe(original);
  await expect(stateRows(page).first()).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('esi.playground.v1.counter') ?? '')).toContain('my saved counter');
  // Once the runner has answered every call (the chart's samples come last), no mark is left.
  await expect.poll(() => mark(page)).toBeNull();
});

test('a tab that dies while its saved code runs leaves the mark, and the next visit asks', async ({ context }) => {
  // Saved code that never returns: the mark is up while the runner works on it.
  const looping = `${original}\nwhile (true) {}\n`;
  const first = await context.newPage();
  await first.goto('/playground?example=counter');
  await first.evaluate(({ code, events }) => {
    localStorage.setItem('esi.playground.v1.counter', JSON.stringify({ v: 1, code, events, position: 1 }));
  }, { code: looping, events });
  await first.reload();
  await expect.poll(() => mark(first)).not.toBeNull();
  // The renderer dies mid-run, as it does when code eats all memory.
  const crashed = new Promise<void>((resolve) => first.once('crash', () => resolve()));
  await first.goto('chrome://crash').catch(() => undefined);
  await crashed;

  const next = await context.newPage();
  await openPlayground(next, '?example=counter');
  await expect(crashNote(next)).toContainText('did not finish running on your last visit');
  expect(await editorText(next, 'code')).toBe(looping);
  await expect(stateRows(next)).toHaveCount(0);
});

test('the mark is cleared when the runner answers, even when the answer is the watchdog\'s stop', async ({ page }) => {
  await page.goto('/playground?example=counter');
  await page.evaluate(({ code, events }) => {
    localStorage.setItem('esi.playground.v1.counter', JSON.stringify({ v: 1, code, events, position: 1 }));
  }, { code: `${original}\nwhile (true) {}\n`, events });
  await page.reload();
  await expect.poll(() => mark(page)).not.toBeNull();
  await expect(page.locator('#pg-alert')).toContainText('Stopped', { timeout: 40_000 });
  await expect.poll(() => mark(page)).toBeNull();
});
