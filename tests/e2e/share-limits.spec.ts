// Share links are input from strangers: a link too long to be honest, or one
// that inflates to gigabytes (a zip bomb), is refused with a clear notice, the
// default example opens and works, and the page never freezes on the way.
import { test } from '@playwright/test';
import { zipBombFragment } from '../fixtures/share-bomb.ts';
import { editorText, exampleEvents, openPlayground, region, timeTravel, travelTo, expect } from './playground-helpers.ts';
import { withSiteServiceWorker } from './service-worker.ts';

test.describe.configure({ timeout: 120_000 });
test.beforeEach(async ({ context }) => withSiteServiceWorker(context));

/** The default example is on screen and answers the time-travel slider. */
async function expectDefaultExampleWorks(page: import('@playwright/test').Page): Promise<void> {
  await expect(page.getByRole('combobox', { name: 'Example' })).toHaveValue('counter');
  await expect(timeTravel(page)).toHaveValue(String(exampleEvents('counter').length));
  expect(await editorText(page, 'code')).not.toContain('aaaaaaaa');
  await travelTo(page, 1);
  await expect(region(page, 'Events').locator('.ev-row.is-current')).toContainText(exampleEvents('counter')[0].type);
  await expect(page.locator('#pg-alert')).toBeEmpty();
}

test('a share link over 1 MB is refused unread: a notice, and the default example opens', async ({ page }) => {
  // The link from the report: 1.6 MB of fragment that inflates to 1.2 GB.
  const fragment = zipBombFragment(1170);
  expect(fragment.length).toBeGreaterThan(1_000_000);
  await openPlayground(page, `#share=${fragment}`);
  await expect(page.getByRole('alert').filter({ hasText: 'share link' })).toContainText('longer than 1 MB');
  await expect(page).not.toHaveURL(/#share=/);
  await expectDefaultExampleWorks(page);
});

test('a zip bomb under 1 MB stops inflating at 20 MB, without freezing the page', async ({ page }) => {
  await page.addInitScript(() => {
    const long: { start: number; duration: number }[] = [];
    (window as unknown as { longTasks: typeof long }).longTasks = long;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) long.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  // About 0.95 MB of fragment that would inflate to 690 MB.
  const fragment = zipBombFragment(690);
  expect(fragment.length).toBeLessThan(1_000_000);
  await openPlayground(page, `#share=${fragment}`);
  await expect(page.getByRole('alert').filter({ hasText: 'share link' })).toContainText('more than 20 MB');
  await expectDefaultExampleWorks(page);
  // While the link was read, no task held the main thread past 100 ms.
  const during = await page.evaluate(() => {
    const [measure] = performance.getEntriesByName('pg:share-decode');
    const tasks = (window as unknown as { longTasks: { start: number; duration: number }[] }).longTasks;
    return {
      measured: measure !== undefined,
      long: tasks.filter((task) => measure && task.start < measure.startTime + measure.duration && task.start + task.duration > measure.startTime && task.duration > 100),
    };
  });
  expect(during.measured).toBe(true);
  expect(during.long).toEqual([]);
});
