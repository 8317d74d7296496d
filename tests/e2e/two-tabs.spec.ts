// Two tabs on one example (one browser, one localStorage): when one tab saves,
// the other says so in plain words and asks; a stale tab never writes its old
// text over newer edits, and neither tab's edits are lost.
import { readFileSync } from 'node:fs';
import { test, type Page } from '@playwright/test';
import { editorText, openPlayground, replaceEditor, statusRegion, travelTo, timeTravel, expect } from './playground-helpers.ts';
import { withSiteServiceWorker } from './service-worker.ts';

test.describe.configure({ timeout: 120_000 });
test.beforeEach(async ({ context }) => withSiteServiceWorker(context));

const original = readFileSync(new URL('../../playground/examples/counter/domain.ts', import.meta.url), 'utf8');
const saved = (page: Page) => page.evaluate(() => localStorage.getItem('esi.playground.v1.counter') ?? '');
const tabNote = (page: Page) => page.locator('#pg-tab-note');
/** Long enough for a time-travel move's save (500 ms after the last move) to have happened, if it were going to. */
const settle = (page: Page) => page.waitForTimeout(1_500);

test('a stale tab\'s slider move does not wipe the other tab\'s edits, and it is told', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await openPlayground(a, '?example=counter');
  await openPlayground(b, '?example=counter');

  await replaceEditor(a, 'code', `// from tab A\n${original}`);
  await expect.poll(() => saved(a)).toContain('from tab A');

  // Tab B still shows the original; moving in time there is no edit.
  await travelTo(b, 2);
  await expect(timeTravel(b)).toHaveValue('2');
  await settle(b);
  expect(await saved(b)).toContain('from tab A');

  await expect(tabNote(b)).toContainText('This example was changed in another tab');
  await expect(tabNote(b)).toHaveAttribute('role', 'alert');
  expect(await editorText(b, 'code')).toBe(original);
  await tabNote(b).getByRole('button', { name: 'Load their version' }).click();
  await expect.poll(() => editorText(b, 'code')).toBe(`// from tab A\n${original}`);
  await expect(tabNote(b)).toBeHidden();
});

test('both tabs edited: each keeps its text until the learner picks one, and "Keep mine" saves it', async ({ context }) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await openPlayground(a, '?example=counter');
  await openPlayground(b, '?example=counter');

  await replaceEditor(b, 'code', `// from tab B\n${original}`);
  await expect.poll(() => saved(b)).toContain('from tab B');
  await expect(tabNote(a)).toContainText('changed in another tab');

  // Tab A types on: its text stays in its editor, but is not saved over B's yet.
  await replaceEditor(a, 'code', `// from tab A\n${original}`);
  await settle(a);
  expect(await saved(a)).toContain('from tab B');

  await tabNote(a).getByRole('button', { name: 'Keep mine' }).click();
  await expect(statusRegion(a)).toContainText('Your version is saved');
  await expect.poll(() => saved(a)).toContain('from tab A');
  // Now B is the one told, and B's text is still in B's editor to keep or drop.
  await expect(tabNote(b)).toContainText('changed in another tab');
  expect(await editorText(b, 'code')).toBe(`// from tab B\n${original}`);
});

test('two tabs on one exercise: the other tab\'s code is announced, not overwritten, and can be loaded', async ({ context }) => {
  const key = 'esi:exercises:code:fold-a-stream';
  const storedCode = (page: Page) => page.evaluate((k) => localStorage.getItem(k) ?? '', key);
  const a = await context.newPage();
  const b = await context.newPage();
  for (const page of [a, b]) {
    await page.goto('/exercises/fold-a-stream');
    await expect(page.getByRole('button', { name: 'Show solution' })).toBeEnabled();
  }
  await a.getByRole('button', { name: 'Show solution' }).click();
  await expect.poll(() => storedCode(a)).toMatch(/status: 'Placed'/);

  const note = b.locator('[data-ex="tab-note"]');
  await expect(note).toContainText('This exercise was changed in another tab');
  await expect(note).toHaveAttribute('role', 'alert');
  // Tab B resets its own code meanwhile: that is not saved over tab A's.
  await b.getByRole('button', { name: 'Reset' }).click();
  await settle(b);
  expect(await storedCode(b)).toMatch(/status: 'Placed'/);

  await note.getByRole('button', { name: 'Load their code' }).click();
  await expect(note).toBeHidden();
  // Tab A's code (the solution) is now tab B's: it passes the checks.
  await b.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(b.getByText(/Solved! All \d+ checks pass/)).toBeVisible();
});
