// Offline after one visit: the service worker precaches the build, so with
// the network cut the talk, the playground and the exercises still load.
// Monaco is the exception: it is cached the first time a page uses it, so a
// phone (which never uses it) does not download 11 MB for nothing.
import { test, expect, type Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';

// One service worker file for both tests: the second rewrites it, so they run in turn.
test.describe.configure({ mode: 'serial' });

const SW_FILE = new URL('../../dist/sw.js', import.meta.url);

/** Opens a page with the site's service worker on (it is off in automated browsers) and waits until it controls the page. */
async function withServiceWorker(page: Page, path: string): Promise<void> {
  await page.context().addInitScript(() => ((window as { __esServiceWorker?: boolean }).__esServiceWorker = true));
  await page.goto(path);
  // Registration waits until the page has settled, then precaches the build.
  await expect(page.locator('html')).toHaveAttribute('data-sw', 'ready', { timeout: 90_000 });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

test('after one visit, slides, the playground and exercises load with the network cut', async ({ page, context }) => {
  test.setTimeout(120_000);
  await withServiceWorker(page, '/slides/1');
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
  // The deck's typefaces come from the cache too: the slide is drawn in its own face, not the system's.
  const loadedFaces = await page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family.replace(/"/g, ''));
  });
  expect(loadedFaces).toContain('Atkinson Hyperlegible Next');
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
  // TypeScript's language service loads on the editor's first focus (issue 15), and is cached then.
  await page.locator('#pg-code-editor .view-lines').click();
  await expect.poll(cachedEditorFiles, { timeout: 30_000 }).toHaveLength(2);
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('.pg[data-ready="true"] .monaco-editor').first()).toBeVisible({ timeout: 30_000 });
  await context.setOffline(false);
});

test('a new version waits for the visitor: the notice offers a reload, and nothing changes until then', async ({ page }) => {
  test.setTimeout(120_000);
  await withServiceWorker(page, '/slides/3');
  const deployed = readFileSync(SW_FILE, 'utf8');
  try {
    // A new deploy: any byte of sw.js that differs makes the browser install it beside the running one.
    writeFileSync(SW_FILE, `${deployed}\n// the next deploy\n`);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const notice = page.getByRole('status').filter({ hasText: 'A new version of this site is ready.' });
    await expect(notice).toBeVisible({ timeout: 60_000 });
    // The speaker is not moved: same slide, same page, the old version still in charge.
    await expect(page.locator('section.slide')).toHaveAttribute('data-n', '3');
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting !== null)).toBe(true);

    await page.evaluate(() => ((window as { beforeReload?: boolean }).beforeReload = true));
    await notice.getByRole('button', { name: 'Reload' }).click();
    // The new version takes over and the page reloads itself, on the same slide.
    await page.waitForFunction(() => !(window as { beforeReload?: boolean }).beforeReload, null, { timeout: 30_000 });
    await expect(page.locator('section.slide')).toHaveAttribute('data-n', '3');
    await expect(page.locator('html')).toHaveAttribute('data-sw', 'ready', { timeout: 30_000 });
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null)).toBeNull();
    await expect(notice).toBeHidden();
  } finally {
    writeFileSync(SW_FILE, deployed);
  }
});
