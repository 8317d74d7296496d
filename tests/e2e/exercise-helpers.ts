// What the exercise specs share: how long an exercise page takes to be ready,
// and the two ways to pass an exercise (with the solution shown, or written).
import { expect, type Frame, type FrameLocator, type Page } from '@playwright/test';

/** The second origin of playwright.config.ts (overridable to run beside other test runs). */
export const OTHER_ORIGIN = process.env.OTHER_ORIGIN ?? 'http://127.0.0.1:4323';
/** The editor (Monaco on desktop) and the worker load before Check is enabled; slow on a busy machine. */
export const READY = { timeout: 20_000 };

/** A page, or an exercise embedded in a frame of one. Passing this way is not the learner's solve. */
export async function solveWithShownSolution(page: Page | FrameLocator): Promise<void> {
  await expect(page.getByRole('button', { name: 'Show solution' })).toBeEnabled(READY);
  await page.getByRole('button', { name: 'Show solution' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The solution is in the editor' })).toBeVisible();
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(page.getByText(/Solved with the solution shown: all \d+ checks pass/)).toBeVisible(READY);
}

/**
 * The learner writes the solution themselves: pasted into Monaco (typing would
 * get its auto-closing brackets), in a page or in an embed's frame.
 */
export async function solveByWriting(page: Page, where: Page | Frame, id: string): Promise<void> {
  const solution = await (await page.request.get(`/exercises/${id}/solution.txt`)).text();
  await expect(where.getByRole('button', { name: 'Check', exact: true })).toBeEnabled(READY);
  await where.locator('[data-ex="editor"] .view-lines').click();
  await page.keyboard.press('ControlOrMeta+A');
  await where.evaluate((pasted) => {
    const data = new DataTransfer();
    data.setData('text/plain', pasted);
    document.activeElement?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, solution);
  await where.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(where.getByText(/Solved! All \d+ checks pass/)).toBeVisible(READY);
}
