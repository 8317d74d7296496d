// Offline after one visit: the service worker precaches the build, so with
// the network cut the talk, the playground and the exercises still load.
import { test, expect } from '@playwright/test';

test('after one visit, slides, the playground and exercises load with the network cut', async ({ page, context }) => {
  test.setTimeout(120_000);
  // The site skips its service worker in automated browsers unless asked (see register-sw.ts).
  await context.addInitScript(() => ((window as { __esServiceWorker?: boolean }).__esServiceWorker = true));
  await page.goto('/slides/1');
  // Registration waits until the page has settled, then precaches the whole build.
  await expect(page.locator('html')).toHaveAttribute('data-sw', 'ready', { timeout: 90_000 });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

  await context.setOffline(true);
  await page.goto('/slides/2');
  await expect(page.locator('section.slide')).toHaveAttribute('data-n', '2');
  await page.reload();
  await expect(page.locator('section.slide')).toHaveAttribute('data-n', '2');
  // Moving on fetches other slides: from the cache too.
  await page.keyboard.press('End');
  await expect(page.locator('#deck-current')).toHaveText(await page.locator('#deck-total').innerText());

  await page.goto('/playground?example=counter');
  await expect(page.getByRole('combobox', { name: 'Example' })).toBeVisible();
  await expect(page.getByRole('slider', { name: 'Time travel' })).toBeVisible({ timeout: 15_000 });

  await page.goto('/exercises');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await context.setOffline(false);
});
