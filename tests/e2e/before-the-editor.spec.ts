// Issue 15: the playground and the exercises do not wait for the editor.
// Monaco's files are held back here (as on a slow link) to show that the
// example's events, state and projections are drawn, and the slider, Play,
// Commands and Projections work, before the editor exists; released, the
// editor arrives in its reserved box without moving the page.
import { test, type Page, type Route } from '@playwright/test';
import { EDITOR_URL } from '../../integrations/editor-files.mjs';
import { counterAfter, exampleEvents, region, timeTravel, travelTo, expect, editorText } from './playground-helpers.ts';

test.describe.configure({ timeout: 120_000 });

/** Holds every Monaco file until `release()`; nothing else is slowed. */
async function holdEditor(page: Page): Promise<{ release: () => void }> {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(EDITOR_URL, async (route: Route) => {
    await gate;
    await route.continue();
  });
  return { release };
}

/** Sums layout-shift entries from now on (the Layout Instability API), read by `shifted()`. */
async function watchLayoutShifts(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __shift: number };
    w.__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__shift += (entry as PerformanceEntry & { value: number }).value;
    }).observe({ type: 'layout-shift' });
  });
}
const shifted = (page: Page): Promise<number> => page.evaluate(() => (window as unknown as { __shift: number }).__shift);
/** Two animation frames: whatever the last change laid out has been painted and reported. */
const settled = (page: Page): Promise<void> => page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));

test('the playground draws its example and works before the editor has arrived', async ({ page }) => {
  const editor = await holdEditor(page);
  await page.goto('/playground?example=counter');
  const count = exampleEvents('counter').length;
  await expect(timeTravel(page)).toHaveValue(String(count));
  await expect(region(page, 'State').locator('.tree')).toContainText(`count: ${counterAfter(count)}`);
  await expect(region(page, 'Events').locator('.ev-row.is-current')).toContainText(exampleEvents('counter')[count - 1].type);
  await expect(region(page, 'Projections').locator('.proj', { hasText: 'Highest value ever' })).toContainText('highest');
  // The code is on screen in the editor's box, read only, and no editor exists yet.
  const codeBox = page.locator('#pg-code-editor');
  await expect(codeBox.locator('pre.editor-preview')).toContainText('export const decider');
  await expect(codeBox.locator('.monaco-editor')).toHaveCount(0);

  // Time travel, Play, a command and a projection rebuild all answer.
  await travelTo(page, 5);
  await expect(region(page, 'State').locator('.tree')).toContainText(`count: ${counterAfter(5)}`);
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(timeTravel(page)).not.toHaveValue('5');
  await page.getByRole('button', { name: 'Pause' }).click();
  const increment = page.getByRole('form', { name: 'Command Increment' });
  await increment.getByLabel('Amount').fill('2');
  await increment.getByRole('button', { name: 'Increment' }).click();
  await expect(page.locator('#pg-command-result')).toContainText('Appended Incremented');
  await expect(timeTravel(page)).toHaveValue(String(count + 1));
  await expect(region(page, 'State').locator('.tree')).toContainText(`count: ${counterAfter(count) + 2}`);
  await page.getByRole('button', { name: 'Rebuild Click totals' }).click();
  await expect(region(page, 'Projections')).toContainText(`Rebuilt from 0 by replaying ${count + 1} events`);
  await expect(codeBox.locator('.monaco-editor')).toHaveCount(0);

  // Let the editor in: it arrives holding the text, with the appended event in the events editor.
  editor.release();
  await expect(page.locator('.pg[data-ready="true"]')).toBeAttached({ timeout: 60_000 });
  await expect(codeBox.locator('.monaco-editor')).toHaveCount(1);
  expect(await editorText(page, 'code')).toContain('export const decider');
  expect(JSON.parse(await editorText(page, 'events'))).toHaveLength(count + 1);
});

for (const [name, path, box] of [
  ['the playground', '/playground', '#pg-code-editor'],
  ['an exercise', '/exercises/fold-a-stream', '[data-ex="editor"]'],
  ['an embedded playground', '/embed/playground?example=bank-account', '#pg-code-editor'],
] as const) {
  test(`on ${name}, the editor's arrival does not move the page`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    const editor = await holdEditor(page);
    await page.goto(path);
    await expect(page.locator(`${box} pre.editor-preview`)).toBeVisible();
    // Whatever the worker draws comes first: shifts counted are the editor's alone.
    await expect(page.locator('#pg-state li, [data-ex="fold-tree"] li').first()).toBeVisible();
    await expect(page.locator('[data-ex="check"], #pg-play').first()).toBeEnabled();
    await settled(page);
    await watchLayoutShifts(page);
    editor.release();
    await expect(page.locator(`${box} .monaco-editor .view-line`).first()).toBeVisible({ timeout: 60_000 });
    await settled(page);
    expect(await shifted(page)).toBeLessThan(0.01);
  });
}

test("TypeScript's language service loads when the code editor is first focused, not with the editor", async ({ page }) => {
  const languageService: string[] = [];
  page.on('request', (request) => {
    if (/\/(ts\.worker|tsMode)[.-][^/]*\.js$/.test(request.url())) languageService.push(request.url());
  });
  await page.goto('/playground?example=counter');
  await expect(page.locator('.pg[data-ready="true"]')).toBeAttached({ timeout: 60_000 });
  await expect(page.locator('#pg-code-editor .monaco-editor .view-line').first()).toBeVisible();
  await settled(page);
  // The code is coloured already (TypeScript's grammar: tokens other than plain text), with no language service behind it.
  await expect(page.locator('#pg-code-editor .view-line span[class^="mtk"]:not(.mtk1)').first()).toBeVisible();
  expect(languageService).toEqual([]);
  const worker = page.waitForRequest(/\/ts\.worker[.-][^/]*\.js$/);
  await page.locator('#pg-code-editor .view-lines').click();
  await worker;
});

// The example's code and events are asked for while the page loads (the build
// lists their chunks, an inline script preloads the ones ?example= picks),
// not one round trip after the page's module starts; and only those.
for (const [path, example] of [['/embed/playground?example=bank-account', 'bank-account'], ['/playground', 'counter'], ['/playground?example=__proto__', 'counter']] as const) {
  test(`${path}: the chosen example's files are preloaded, and fetched once`, async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (request) => {
      const name = new URL(request.url()).pathname;
      if (/\/_astro\/(domain|events)\.[\w-]+\.js$/.test(name)) fetched.push(name);
    });
    await page.goto(path);
    await expect(region(page, 'State').locator('li').first()).toBeVisible();
    const files = await page.evaluate((id) => {
      const map = JSON.parse(document.getElementById('pg-example-files')?.textContent ?? '{}') as { files?: Record<string, string[]> };
      return map.files?.[id] ?? [];
    }, example);
    expect(files, 'the build listed the example\'s code and events').toHaveLength(2);
    const preloaded = await page.locator('link[rel="modulepreload"][href*="/domain."], link[rel="modulepreload"][href*="/events."]').evaluateAll((links) => links.map((l) => l.getAttribute('href')));
    expect(preloaded.sort()).toEqual([...files].sort());
    await expect.poll(() => [...fetched].sort()).toEqual([...files].sort());
  });
}
