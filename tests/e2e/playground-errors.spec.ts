// Errors in the learner's code or events: named, placed, explained, and
// never at the cost of what they typed. User text is always shown as text.
import { test } from '@playwright/test';
import { alertRegion, editorText, exampleEvents, openPlayground, region, replaceEditor, timeTravel, expect } from './playground-helpers.ts';

// A busy machine compiles and folds slowly: give each test room (no timing is asserted).
test.describe.configure({ timeout: 120_000 });

test('invalid events JSON is reported with its line and column', async ({ page }) => {
  await openPlayground(page, '?example=counter');
  const text = '[\n  { "type": "Incremented", "data": { "amount": 1 } },\n  { "type": "Incremented", "data": { "amount": 2 }, }\n]';
  await replaceEditor(page, 'events', text);
  await expect(alertRegion(page)).toContainText(/line 3, column \d+/);
  await expect(alertRegion(page)).toContainText('Your text is kept');
  expect(await editorText(page, 'events')).toBe(text);
  // The previous, valid stream is still on show.
  await expect(timeTravel(page)).toHaveValue(String(exampleEvents('counter').length));
});

test('an <img onerror> in event data is shown as text, never run', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  await openPlayground(page, '?example=counter');
  const xss = '<img src=x onerror=alert(1)>';
  const events = [
    { type: 'Incremented', data: { amount: 1, note: xss }, metadata: { by: xss } },
    { type: 'Incremented', data: { amount: 2 } },
  ];
  await replaceEditor(page, 'events', JSON.stringify(events, null, 2));
  await expect(timeTravel(page)).toHaveValue('2');
  await expect(region(page, 'Events').locator('.ev-row').first()).toContainText(xss);
  await expect(page.locator('.pg img')).toHaveCount(0);
  expect(dialogs).toBe(0);
});

test('a runaway loop is stopped, reported, and the next run works', async ({ page }) => {
  test.setTimeout(120_000);
  await openPlayground(page, '?example=counter');
  const original = await editorText(page, 'code');
  const looping = original.replace('evolve: (state, event) => {', 'evolve: (state, event) => {\n    while (true) {}');
  expect(looping).not.toBe(original);
  await replaceEditor(page, 'code', looping);
  await expect(alertRegion(page)).toContainText(/Stopped|stopped/, { timeout: 40_000 });
  expect(await editorText(page, 'code')).toContain('while (true) {}');
  await replaceEditor(page, 'code', original);
  await expect(alertRegion(page)).toBeEmpty({ timeout: 40_000 });
  await expect(region(page, 'State').locator('.tree li').first()).toBeVisible();
});

test('a compile error is placed at its line in the alert', async ({ page }) => {
  await openPlayground(page, '?example=counter');
  await replaceEditor(page, 'code', 'export const decider = {\n  initialState: () => ({ count: 0 },\n};\n');
  await expect(alertRegion(page)).toContainText(/Compile error/);
  await expect(alertRegion(page)).toContainText(/line \d+/);
  await page.getByRole('button', { name: 'Show in editor' }).click();
});

test('a fold error names the event it happened at', async ({ page }) => {
  await openPlayground(page, '?example=counter');
  await replaceEditor(page, 'events', '[\n  { "type": "Incremented", "data": { "amount": 1 } },\n  { "type": "Exploded", "data": {} }\n]');
  await expect(alertRegion(page)).toContainText(/event 2/i);
  await expect(alertRegion(page)).toContainText('Exploded');
});
