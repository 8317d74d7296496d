// Offline after one visit: the service worker precaches the build, so with
// the network cut the talk, the playground and the exercises still load.
// Monaco is the exception: it is cached the first time a page uses it, so a
// phone (which never uses it) does not download 11 MB for nothing.
import { test, expect } from '@playwright/test';

test('after one visit, slides, the playground and exercises load with the network cut', async ({ page, context }) => {
  test.setTimeout(120_000);
  // The site skips its service worker in automated browsers unless asked (see register-sw.ts).
  await context.addInitScript(() => ((window as { __esServiceWorker?: boolean }).__esServiceWorker = true));
  await page.goto('/slides/1');
  // Registration waits until the page has settled, then precaches the whole build.
  await expect(page.locator('html')).toHaveAttribute('data-sw', 'ready', { timeout: 90_000 });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const cachedEditorFiles = () => page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) if (/ts\.worker|editor\.api/.test(request.url)) urls.push(request.url);
    }
    return urls;
  });
  expect(await cachedEditorFiles()).toEqual([]);

  await context.setOffline(true);
  await page.goto('/slides/2');
  await expect(page.locator('section.slide')).toHaveAttribute('data-n', '2');
  await page.reload();
  await expect(page.locator('section.slide')).toHaveAttribute('data-n', '2');
  // Moving on fetches other slides: from the cache too.
  await page.keyboard.press('End');
  await expect(page.locator('#deck-current')).toHaveText(await page.locator('#deck-total').innerText());

  // The editor was never used: the playground still works, with the plain editor.
  await page.goto('/playground?example=counter');
  await expect(page.locator('.pg[data-ready="true"]')).toBeAttached({ timeout: 30_000 });
  await expect(page.getByRole('slider', { name: 'Time travel' })).toBeVisible();
  await expect(page.locator('.monaco-editor')).toHaveCount(0);

  await page.goto('/exercises');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  // One visit with the network on caches the editor; offline, the playground then has Monaco.
  await context.setOffline(false);
  await page.goto('/playground?example=counter');
  await expect(page.locator('.pg[data-ready="true"] .monaco-editor').first()).toBeVisible({ timeout: 30_000 });
  await expect.poll(cachedEditorFiles, { timeout: 30_000 }).toHaveLength(2);
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('.pg[data-ready="true"] .monaco-editor').first()).toBeVisible({ timeout: 30_000 });
  await context.setOffline(false);
});
