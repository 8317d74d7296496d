// Share links are input from strangers: a link too long to be honest, or one
// that inflates to gigabytes (a zip bomb), is refused with a clear notice, the
// default example opens and works, and the page never freezes on the way.
import { test, type Page } from '@playwright/test';
import { zipBombFragment } from '../fixtures/share-bomb.ts';
import { editorText, exampleEvents, openPlayground, region, timeTravel, travelTo, expect } from './playground-helpers.ts';
import { withSiteServiceWorker } from './service-worker.ts';

test.describe.configure({ timeout: 120_000 });
test.beforeEach(async ({ context }) => withSiteServiceWorker(context));

/** The default example is on screen and answers the time-travel slider. */
async function expectDefaultExampleWorks(page: Page): Promise<void> {
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

test('a zip bomb under 1 MB stops inflating at 20 MB, and the page keeps running other work meanwhile', async ({ page }) => {
  // Other work the page wants to do while the link is read: a timer that re-arms itself.
  await page.addInitScript(() => {
    const ticks: number[] = [];
    (window as unknown as { ticks: number[] }).ticks = ticks;
    const tick = (): void => {
      ticks.push(performance.now());
      if (ticks.length < 5_000) setTimeout(tick, 0);
    };
    setTimeout(tick, 0);
  });
  // About 0.95 MB of fragment that would inflate to 690 MB.
  const fragment = zipBombFragment(690);
  expect(fragment.length).toBeLessThan(1_000_000);
  await openPlayground(page, `#share=${fragment}`);
  await expect(page.getByRole('alert').filter({ hasText: 'share link' })).toContainText('more than 20 MB');
  await expectDefaultExampleWorks(page);
  // Reading the link was many short stretches of work (the page measures each one), and the
  // timer ran between them: a decoder that held the main thread to the end would leave no tick inside.
  const reading = await page.evaluate(() => {
    const [decode] = performance.getEntriesByName('pg:share-decode');
    const ticks = (window as unknown as { ticks: number[] }).ticks;
    return {
      slices: performance.getEntriesByName('pg:share-decode-slice').length,
      ticksInside: decode ? ticks.filter((at) => at > decode.startTime && at < decode.startTime + decode.duration).length : 0,
    };
  });
  expect(reading.slices).toBeGreaterThan(10);
  expect(reading.ticksInside).toBeGreaterThan(3);
});
