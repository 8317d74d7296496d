// A share link opens as "a shared version": it never writes over the
// learner's own saved edits, nothing done to it is saved until the learner
// keeps it, and keeping it can be undone.
import { readFileSync } from 'node:fs';
import { test, type Page } from '@playwright/test';
import { shareHash } from '../../src/components/playground/share-link.ts';
import { editorText, openPlayground, replaceEditor, statusRegion, timeTravel, expect } from './playground-helpers.ts';
import { withSiteServiceWorker } from './service-worker.ts';

test.describe.configure({ timeout: 120_000 });
test.beforeEach(async ({ context }) => withSiteServiceWorker(context));

const original = readFileSync(new URL('../../playground/examples/counter/domain.ts', import.meta.url), 'utf8');
const events = readFileSync(new URL('../../playground/examples/counter/events.json', import.meta.url), 'utf8');
const MINE = '// my own edits, typed over an evening\n';
const THEIRS = '// a version a friend shared\n';
const sharedLink = (): string => shareHash({ example: 'counter', code: THEIRS + original, events, position: 2 });

const saved = (page: Page) => page.evaluate(() => localStorage.getItem('esi.playground.v1.counter') ?? '');
const sharedNote = (page: Page) => page.locator('#pg-shared-note');

/** The learner's own edits, saved, as on any earlier visit. */
async function saveMyEdits(page: Page): Promise<void> {
  await openPlayground(page, '?example=counter');
  await replaceEditor(page, 'code', MINE + original);
  await expect.poll(() => saved(page)).toContain('my own edits');
}

/**
 * Long enough for any pending save to have happened (a time-travel move saves
 * 500 ms after the last move), so the test can then check that none did.
 */
const settle = (page: Page) => page.waitForTimeout(1_500);

test('a share link and a step back in time leave the saved edits alone (the reported bug)', async ({ page }) => {
  await saveMyEdits(page);
  await openPlayground(page, sharedLink());
  expect(await editorText(page, 'code')).toContain('a friend shared');
  await page.getByRole('button', { name: 'Step back one event' }).click();
  await expect(timeTravel(page)).toHaveValue('1');
  await settle(page);
  expect(await saved(page)).toContain('my own edits');
  await expect(sharedNote(page)).toContainText('shared version');
  await expect(sharedNote(page)).toHaveAttribute('role', 'status');
  // Edits to the shared version are not saved either, until it is kept.
  await replaceEditor(page, 'code', `// tried on the shared one\n${THEIRS}${original}`);
  await page.getByRole('button', { name: 'Step back one event' }).click();
  await settle(page);
  expect(await saved(page)).toContain('my own edits');
  expect(await saved(page)).not.toContain('a friend shared');

  await openPlayground(page, '?example=counter');
  expect(await editorText(page, 'code')).toBe(MINE + original);
});

test('keeping the shared version saves it, and Undo brings the earlier edits back', async ({ page }) => {
  await saveMyEdits(page);
  const before = await saved(page);
  await openPlayground(page, sharedLink());
  await sharedNote(page).getByRole('button', { name: 'Keep this version' }).click();
  await expect(sharedNote(page)).toContainText('You kept the shared version');
  await expect.poll(() => saved(page)).toContain('a friend shared');
  await expect(page).not.toHaveURL(/#share=/);

  await sharedNote(page).getByRole('button', { name: 'Undo' }).click();
  await expect(statusRegion(page)).toContainText('your earlier edits are back');
  expect(await saved(page)).toBe(before);
  await expect.poll(() => editorText(page, 'code')).toBe(MINE + original);
  await expect(sharedNote(page)).toBeHidden();
});

test('"Open my own version" leaves the shared version for the saved edits', async ({ page }) => {
  await saveMyEdits(page);
  await openPlayground(page, sharedLink());
  await sharedNote(page).getByRole('button', { name: 'Open my own version' }).click();
  await expect.poll(() => editorText(page, 'code')).toBe(MINE + original);
  await expect(sharedNote(page)).toBeHidden();
  await expect(page).not.toHaveURL(/#share=/);
  // Back in the learner's own version, their edits save again.
  await replaceEditor(page, 'code', `// and more\n${MINE}${original}`);
  await expect.poll(() => saved(page)).toContain('and more');
});

test('a share link pasted into an open playground\'s address bar opens as a shared version', async ({ page }) => {
  await saveMyEdits(page);
  await page.evaluate((hash) => (location.hash = hash), sharedLink());
  await expect(sharedNote(page)).toContainText('shared version', { timeout: 40_000 });
  await expect.poll(() => editorText(page, 'code')).toContain('a friend shared');
  expect(await saved(page)).toContain('my own edits');
});
