// Errors sit next to the code: a mark in the editor's gutter and a message in
// the area under the editor, whose room is kept, so an error that comes and
// goes while someone types never moves the page. Layout shift is measured as
// the browser reports it: every 'layout-shift' entry while typing counts, with
// or without recent input.
import { test, type Page } from '@playwright/test';
import { alertRegion, expect, openPlayground } from './playground-helpers.ts';
import { READY } from './exercise-helpers.ts';

test.describe.configure({ timeout: 120_000 });

/** Starts summing every layout shift from now on. */
async function watchLayoutShift(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { shiftTotal: number };
    w.shiftTotal = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.shiftTotal += (entry as PerformanceEntry & { value: number }).value;
    }).observe({ type: 'layout-shift' });
  });
}

async function layoutShift(page: Page): Promise<number> {
  // Entries are delivered after the frame that shifted: let two frames pass first.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  return page.evaluate(() => (window as unknown as { shiftTotal: number }).shiftTotal);
}

/** Puts Monaco's caret at the start or end of its text. */
async function placeCaret(page: Page, host: string, where: 'start' | 'end'): Promise<void> {
  await page.locator(`${host} .view-lines`).click();
  await page.keyboard.press(where === 'start' ? 'ControlOrMeta+Home' : 'ControlOrMeta+End');
}

/** Types at the end (or start) of the text in Monaco, key by key, as a learner does. */
async function typeAt(page: Page, host: string, where: 'start' | 'end', text: string): Promise<void> {
  await placeCaret(page, host, where);
  await page.keyboard.type(text, { delay: 30 });
}

/**
 * The error is typed where the editor need not scroll (Monaco scrolls by
 * moving its lines, which the browser counts as layout shift): at the start
 * of the first line, which is in view when the page opens. The caret is put
 * there before the watch starts (Monaco moves a hidden input with the caret).
 */
const BREAK = ')';

test('playground: an error typed and fixed is marked in the gutter and said under the editor, and the page does not move', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openPlayground(page, '?example=counter');
  const editor = page.locator('#pg-code-editor');
  await placeCaret(page, '#pg-code-editor', 'start');
  await watchLayoutShift(page);

  await page.keyboard.type(BREAK);
  await expect(alertRegion(page)).toContainText('Compile error');
  await expect(editor.locator('.esi-error-glyph')).toHaveCount(1);
  // The message area is under the editor, beside the code it is about.
  const editorBox = await editor.boundingBox();
  const alertBox = await page.locator('#pg-editor-msgs').boundingBox();
  expect(editorBox && alertBox && alertBox.y >= editorBox.y + editorBox.height - 1 && alertBox.y < editorBox.y + editorBox.height + 40).toBe(true);

  await page.keyboard.press('Backspace');
  await expect(alertRegion(page)).toBeEmpty();
  await expect(editor.locator('.esi-error-glyph')).toHaveCount(0);

  const shift = await layoutShift(page);
  console.log(`playground layout shift while typing an error and fixing it: ${shift.toFixed(4)}`);
  expect(shift).toBeLessThan(0.01);
});

test('playground: invalid events JSON is marked in the events editor', async ({ page }) => {
  await openPlayground(page, '?example=counter');
  await page.getByRole('tab', { name: 'Events (JSON)' }).click();
  await typeAt(page, '#pg-events-editor', 'end', ',');
  await expect(alertRegion(page)).toContainText('Invalid events');
  await expect(page.locator('#pg-events-editor .esi-error-glyph')).toHaveCount(1);
  await page.keyboard.press('Backspace');
  await expect(alertRegion(page)).toBeEmpty();
  await expect(page.locator('#pg-events-editor .esi-error-glyph')).toHaveCount(0);
});

test('exercise: an error shows while typing, goes when fixed, and the page does not move', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/exercises/fold-a-stream');
  await expect(page.getByRole('button', { name: 'Check', exact: true })).toBeEnabled(READY);
  const alert = page.locator('[data-ex="alert"]');
  const editor = page.locator('[data-ex="editor"]');
  await placeCaret(page, '[data-ex="editor"]', 'start');
  await watchLayoutShift(page);

  await page.keyboard.type(BREAK);
  await expect(alert).toContainText('does not compile', { timeout: 60_000 });
  await expect(editor.locator('.esi-error-glyph')).toHaveCount(1);

  await page.keyboard.press('Backspace');
  await expect(alert).toBeEmpty(READY);
  await expect(editor.locator('.esi-error-glyph')).toHaveCount(0);

  const shift = await layoutShift(page);
  console.log(`exercise layout shift while typing an error and fixing it: ${shift.toFixed(4)}`);
  expect(shift).toBeLessThan(0.01);
});

test('error text that looks like HTML is shown as text', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  await openPlayground(page, '?example=counter');
  const html = '<img src=x onerror=alert>';
  await typeAt(page, '#pg-code-editor', 'end', `\nthrow new Error('${html}`);
  await expect(alertRegion(page)).toContainText(html);
  await expect(page.locator('#pg-editor-msgs img, #pg-code-editor img')).toHaveCount(0);
  expect(dialogs).toBe(0);
});
