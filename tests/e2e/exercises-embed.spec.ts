// An exercise embedded in a trainer's page: it tells its parent when the
// learner solves it, keeps the solution hidden when asked, and fits its frame.
import { test, expect } from '@playwright/test';
import { OTHER_ORIGIN, READY, solveByWriting } from './exercise-helpers.ts';

test.describe.configure({ timeout: 60_000 });

test('the embed page, framed by another origin, tells its parent when it is solved', async ({ page }) => {
  await page.goto(`${OTHER_ORIGIN}/host?src=/embed/exercises/fold-a-stream`);
  const frame = page.frameLocator('iframe[title="Embedded exercise"]');
  // As a learner would: write the answer, then Check (passing with the solution shown is not announced).
  await expect(frame.getByRole('button', { name: 'Check', exact: true })).toBeEnabled(READY);
  // The Frame itself (not the host page, whose address names the embed too), to paste into it.
  const inner = page.frames().find((f) => f !== page.mainFrame() && new URL(f.url()).pathname === '/embed/exercises/fold-a-stream');
  if (!inner) throw new Error('the embed frame is missing');
  await solveByWriting(page, inner, 'fold-a-stream');
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { received: { data: unknown }[] }).received.map((m) => m.data)))
    .toContainEqual({ source: 'event-sourcing-interactive', type: 'exercise-solved', id: 'fold-a-stream' });
  // No site chrome inside the frame.
  await expect(frame.getByRole('navigation', { name: 'Site' })).toHaveCount(0);
});

test('?solution=hidden keeps the solution hidden: no button and no solution in the page', async ({ page }) => {
  const solutionRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('solution.txt')) solutionRequests.push(request.url());
  });
  const response = await page.goto('/embed/exercises/fold-a-stream?solution=hidden');
  const html = (await response?.text()) ?? '';
  // A line only the solution has.
  expect(html).not.toContain('Exhaustive: a new event type');
  await expect(page.getByRole('button', { name: 'Check', exact: true })).toBeEnabled(READY);
  await expect(page.getByRole('button', { name: 'Show solution' })).toHaveCount(0);
  // The wrong answer still gets its feedback.
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(page.locator('.ex-check.is-fail').first()).toBeVisible(READY);
  expect(solutionRequests).toEqual([]);
});

test('?theme=dark chooses the embed theme', async ({ page }) => {
  await page.goto('/embed/exercises/snapshots?theme=dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.goto('/embed/exercises/snapshots?theme=light');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

for (const width of [800, 400]) {
  test(`the embed fits a ${width}x600 frame: statement and editor never overlap, Check is in view`, async ({ page }) => {
    await page.setViewportSize({ width, height: 600 });
    await page.goto('/embed/exercises/fold-a-stream?solution=hidden&theme=dark');
    const check = page.getByRole('button', { name: 'Check', exact: true });
    await expect(check).toBeEnabled(READY);
    const brief = await page.locator('.ex-brief').boundingBox();
    const editor = await page.locator('[data-ex="editor"]').boundingBox();
    if (!brief || !editor) throw new Error('statement or editor not rendered');
    expect(overlaps(brief, editor)).toBe(false);
    // A readable statement column, not a sliver beside the editor.
    expect(brief.width).toBeGreaterThan(width >= 720 ? 250 : 0.8 * width);
    // The frame does not grow: Check is inside it without scrolling.
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(600);
    await expect(check).toBeInViewport({ ratio: 1 });
    await check.click();
    await expect(page.locator('.ex-check.is-fail').first()).toBeAttached(READY);
  });
}
