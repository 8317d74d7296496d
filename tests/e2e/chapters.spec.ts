// The chapters "After the talk": the exercise list shows the whole path in
// its two parts, /read has one section per chapter with its sources, and an
// after-the-talk exercise is solved by typing its solution, as a learner would.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';

const AFTER_THE_TALK = [
  'write-the-specs',
  'at-least-once-delivery',
  'side-effects-and-the-outbox',
  'schedule-a-command',
  'stream-design',
  'versioning-beyond-upcasting',
  'crypto-shredding',
  'streaming-is-not-sourcing',
  'capstone',
];
const READY = { timeout: 20_000 };
const solution = (id: string): string =>
  readFileSync(new URL(`../../playground/exercises/${id}/solution.ts`, import.meta.url), 'utf8');

test.describe.configure({ timeout: 60_000 });

test('/exercises shows the path in two parts: the talk, then after the talk, numbered on to the capstone', async ({ page }) => {
  await page.goto('/exercises');
  const talk = page.getByRole('region', { name: /^The talk/ });
  const after = page.getByRole('region', { name: /^After the talk/ });
  await expect(talk.locator('.exl-item')).toHaveCount(13);
  await expect(talk.locator('.exl-item').first()).toHaveAttribute('data-exercise-id', 'fold-a-stream');
  const ids = await after.locator('.exl-item').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.exerciseId));
  expect(ids).toEqual(AFTER_THE_TALK);
  await expect(after.locator('.exl-item').first()).toContainText('14. Write the specs yourself');
  await expect(after.locator('.exl-item').last()).toContainText('22. Capstone');
  await expect(after.locator('.exl-item').last()).toContainText('capstone · case study: Billy');
  await after.getByRole('link', { name: 'Read them' }).click();
  await expect(page.locator('#after-the-talk')).toBeInViewport();
});

test('/read ends with one section per chapter, each with its sources and a link to its exercise', async ({ page }) => {
  await page.goto('/read');
  const toc = page.getByRole('navigation', { name: 'Contents' });
  await expect(toc.locator('a[href^="#chapter-"]')).toHaveCount(AFTER_THE_TALK.length);
  const chapters = page.locator('article.read-chapter');
  await expect(chapters).toHaveCount(AFTER_THE_TALK.length);
  for (const [index, id] of AFTER_THE_TALK.entries()) {
    const chapter = page.locator(`#chapter-${id}`);
    await expect(chapter.locator('.read-sources')).toContainText(/Sources?:/);
    await expect(chapter.locator('.read-sources')).toContainText(/invented/i);
    await expect(chapter.getByRole('link', { name: new RegExp(`^Try it: exercise ${14 + index},`) })).toHaveAttribute('href', `/exercises/${id}`);
  }
  await toc.locator('a[href="#chapter-crypto-shredding"]').click();
  await expect(page.locator('#chapter-crypto-shredding')).toBeInViewport();
});

test('write-the-specs: the start specs let mutants survive, and the page says which', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/exercises/write-the-specs');
  await expect(page.getByRole('button', { name: 'Check', exact: true })).toBeEnabled(READY);
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(page.getByText(/1 of 7 checks pass/)).toBeVisible(READY);
  const survivor = page.locator('.ex-check.is-fail').filter({ hasText: 'ships an order that nobody scanned' });
  await expect(survivor.locator('.ex-difference')).toContainText('Every spec passes against a decider that ships an order that nobody scanned');
});

for (const id of ['capstone', 'crypto-shredding']) {
  test(`${id}: typing the solution into the editor and pressing Check solves it`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/exercises/${id}`);
    const field = page.getByRole('textbox', { name: /Your code for the exercise/ });
    await expect(page.getByRole('button', { name: 'Check', exact: true })).toBeEnabled(READY);
    await field.fill(solution(id));
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await expect(page.getByText(/Solved! All \d+ checks pass/)).toBeVisible(READY);
    await page.goto('/exercises');
    await expect(page.locator(`.exl-item[data-exercise-id="${id}"]`)).toContainText('Solved');
  });
}
