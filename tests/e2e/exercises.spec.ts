import { test, expect, type Page } from '@playwright/test';
import { READY, solveByWriting, solveWithShownSolution } from './exercise-helpers.ts';
import { slideNumber } from './deck-helpers.ts';
import AxeBuilder from '@axe-core/playwright';

const PROGRESS_KEY = 'esi:exercises:progress';
const siteOrigin = (page: Page): string => new URL(page.url()).origin;
const EXERCISE_COUNT = 22;

test.describe.configure({ timeout: 60_000 });

test('solving an exercise in the UI marks it done in the list, dated in words, and that survives a reload', async ({ page }) => {
  await page.goto('/exercises/fold-a-stream');
  await solveByWriting(page, page, 'fold-a-stream');
  await expect(page.locator('.ex-check.is-pass')).toHaveCount(4);
  await expect(page.getByRole('link', { name: /Next exercise: 2\. State at a point in time/ })).toBeVisible();

  await page.goto('/exercises');
  const item = page.locator('.exl-item[data-exercise-id="fold-a-stream"]');
  // The browser's locale (en-US here) writes the day out: "Dec 1, 2026", never "12/1/2026".
  const today = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium' }).format(new Date());
  await expect(item).toContainText(`Solved on ${today}`);
  await expect(page.getByText(`1 of ${EXERCISE_COUNT} solved in this browser.`)).toBeVisible();
  await expect(page.locator('.exl-item[data-exercise-id="snapshots"]')).toContainText('Not solved yet');

  await page.reload();
  await expect(item).toContainText('Solved');
});

test('every exercise is solvable in the browser: its checks load in the worker and its solution passes', async ({ page }) => {
  test.setTimeout(300_000);
  // The phone layout uses the plain editor: the same worker and checks, without loading Monaco once per exercise.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/exercises');
  const ids = await page.locator('.exl-item').evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.exerciseId ?? ''));
  expect(ids).toHaveLength(EXERCISE_COUNT);
  for (const id of ids) {
    await page.goto(`/exercises/${id}`);
    await solveWithShownSolution(page);
  }
  await page.goto('/exercises');
  // Passing with the solution shown is said, and not counted as the learner's.
  await expect(page.getByText(`0 of ${EXERCISE_COUNT} solved in this browser.`)).toBeVisible();
  await expect(page.locator('.exl-item').filter({ hasText: 'Solved with the solution shown' })).toHaveCount(EXERCISE_COUNT);
});

test('Show solution, then Check: "solved with the solution shown"; the learner\'s own code counts again after Reset', async ({ page }) => {
  await page.goto('/exercises/fold-a-stream');
  await solveWithShownSolution(page);
  await expect(page.getByText('Solved!')).toHaveCount(0);
  await page.goto('/exercises');
  await expect(page.locator('.exl-item[data-exercise-id="fold-a-stream"]')).toContainText('Solved with the solution shown');
  await expect(page.getByText(`0 of ${EXERCISE_COUNT} solved in this browser.`)).toBeVisible();
  // A reload keeps the saved solution in the editor, and knows it is the one shown.
  await page.goto('/exercises/fold-a-stream');
  await expect(page.getByRole('button', { name: 'Check', exact: true })).toBeEnabled(READY);
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(page.getByText(/Solved with the solution shown: all \d+ checks pass/)).toBeVisible(READY);
  await page.getByRole('button', { name: 'Reset' }).click();
  await solveByWriting(page, page, 'fold-a-stream');
  await page.goto('/exercises');
  await expect(page.getByText(`1 of ${EXERCISE_COUNT} solved in this browser.`)).toBeVisible();
});

test.describe('in a British browser', () => {
  test.use({ locale: 'en-GB' });
  test('the exercise page dates an earlier solve as "1 Dec 2026"', async ({ page }) => {
    await page.goto('/exercises');
    await page.evaluate((key) => localStorage.setItem(key, JSON.stringify({ version: 1, solved: { 'fold-a-stream': '2026-12-01T12:00:00.000Z' } })), PROGRESS_KEY);
    await page.reload();
    await expect(page.locator('.exl-item[data-exercise-id="fold-a-stream"]')).toContainText('Solved on 1 Dec 2026');
    await page.goto('/exercises/fold-a-stream');
    await expect(page.getByRole('status').filter({ hasText: 'You solved this one before (1 Dec 2026)' })).toBeVisible(READY);
  });
});

test('a wrong answer shows which check failed and why', async ({ page }) => {
  await page.goto('/exercises/state-at-a-point-in-time');
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(page.getByText(/2 of 5 checks pass/)).toBeVisible(READY);
  const failed = page.locator('.ex-check.is-fail').filter({ hasText: 'state after 0 events' });
  await expect(failed).toContainText('Failed');
  await expect(failed.locator('.ex-difference')).toContainText('$.owner: expected null, got "Sebastian"');
  await expect(failed.locator('.ex-expected')).toContainText('"balance":0');
  await expect(failed.locator('.ex-actual')).toContainText('"balance":120');
  // Not solved: the list still says so.
  await page.goto('/exercises');
  await expect(page.locator('.exl-item[data-exercise-id="state-at-a-point-in-time"]')).toContainText('Not solved yet');
});

test('the learner fold is shown step by step after Check', async ({ page }) => {
  await page.goto('/exercises/fold-a-stream');
  await solveWithShownSolution(page);
  const slider = page.getByRole('slider', { name: 'Events applied' });
  await expect(slider).toBeEnabled();
  const state = page.getByRole('region', { name: 'State', exact: true });
  await expect(state).toContainText('Shipped');
  await slider.fill('1');
  await expect(state).toContainText('Placed');
  await expect(state).not.toContainText('Shipped');
});

test('corrupted saved progress is ignored with a notice, never a broken page', async ({ page }) => {
  await page.goto('/exercises');
  await page.evaluate((key) => localStorage.setItem(key, '{"version":1,"solved":'), PROGRESS_KEY);
  await page.reload();
  await expect(page.getByText('Your saved progress could not be read')).toBeVisible();
  await expect(page.locator('.exl-item')).toHaveCount(EXERCISE_COUNT);
  await page.goto('/exercises/fold-a-stream');
  // The exercise page works and says so too.
  await expect(page.getByRole('button', { name: 'Check', exact: true })).toBeEnabled(READY);
  await expect(page.getByRole('status').filter({ hasText: 'Your saved progress could not be read' })).toBeVisible();
  await solveByWriting(page, page, 'fold-a-stream');
  await page.goto('/exercises');
  await expect(page.locator('.exl-item[data-exercise-id="fold-a-stream"]')).toContainText('Solved on');
});

test('on a phone: a plain text field; a runaway loop is stopped in an alert and the text is kept', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/exercises/state-at-a-point-in-time');
  const field = page.getByRole('textbox', { name: /Your code for the exercise/ });
  await expect(field).toBeVisible();
  const original = await field.inputValue();
  const looping = original.replace('  // TODO: this always returns the current state, whatever k is.', '  while (k >= 0) { k = k + 0; }');
  await field.fill(looping);
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText(/ran for more than/, { timeout: 15_000 });
  await expect(field).toHaveValue(looping);
  // A compile error names its line.
  await field.fill(original.replace('return events.reduce', 'return events.reduce(('));
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText(/line \d+/, READY);
});

test('a runtime error in the learner code names its line', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/exercises/state-at-a-point-in-time');
  const field = page.getByRole('textbox', { name: /Your code for the exercise/ });
  const original = await field.inputValue();
  const code = original.replace('  // TODO: this always returns the current state, whatever k is.', "  if (k === 2) throw new Error('boom');");
  await field.fill(code);
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  const line = code.split('\n').findIndex((text) => text.includes("throw new Error('boom')")) + 1;
  await expect(page.getByRole('alert')).toContainText(`line ${line}`, READY);
  await expect(page.getByRole('button', { name: `Go to line ${line}` })).toBeVisible(READY);
});

test('hints are revealed one at a time; Reset brings back the start code and can be undone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/exercises/snapshots');
  const hints = page.locator('.ex-hints li');
  await expect(hints.filter({ visible: true })).toHaveCount(0);
  await page.getByRole('button', { name: 'Show a hint (1 of 3)' }).click();
  await expect(hints.filter({ visible: true })).toHaveCount(1);
  await page.getByRole('button', { name: 'Show the next hint (2 of 3)' }).click();
  await expect(hints.filter({ visible: true })).toHaveCount(2);

  const field = page.getByRole('textbox', { name: /Your code for the exercise/ });
  const start = await field.inputValue();
  await field.fill(`${start}\n// my notes`);
  await page.getByRole('button', { name: 'Reset' }).click();
  await expect(field).toHaveValue(start);
  await page.getByRole('button', { name: 'Undo reset' }).click();
  await expect(field).toHaveValue(`${start}\n// my notes`);
  // The edit survives a reload.
  await page.reload();
  await expect(page.getByRole('textbox', { name: /Your code for the exercise/ })).toHaveValue(`${start}\n// my notes`);
});

test('each exercise page offers a copyable link and iframe snippet, behind "For trainers"', async ({ page }) => {
  await page.goto('/exercises/upcasting');
  const origin = siteOrigin(page);
  // Closed at first: the learner's page is not a trainer's toolbox.
  await expect(page.getByRole('textbox', { name: 'Link' })).toBeHidden();
  await page.getByText('For trainers', { exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Link' })).toHaveValue(`${origin}/exercises/upcasting`);
  const snippet = page.getByRole('textbox', { name: /Embed \(iframe/ });
  await expect(snippet).toHaveValue(new RegExp(`<iframe src="${origin.replace(/[.]/g, '\\.')}/embed/exercises/upcasting"`));
  await page.getByLabel('Hide the solution').check();
  await expect(snippet).toHaveValue(/embed\/exercises\/upcasting\?solution=hidden"/);
  await expect(snippet).toHaveValue(/height="600"/);
});

test('the words of event sourcing in a statement explain themselves, in the page and in an embed', async ({ page }) => {
  for (const path of ['/exercises/read-your-own-writes', '/embed/exercises/read-your-own-writes']) {
    await page.goto(path);
    // The statement's own words stay: "lags a little behind" is the async lag's button.
    const lag = page.locator('.ex-prose .term[data-term="async-lag"]');
    const word = lag.getByRole('button', { name: 'lags a little behind' });
    await word.focus();
    await expect(lag.locator('.term-tip')).toBeVisible();
    await expect(word).toHaveAttribute('aria-expanded', 'true');
    await expect(word).toHaveAccessibleDescription(/older moment/);
    await page.keyboard.press('Tab');
    await expect(lag.getByRole('link')).toBeFocused();
    await expect(lag.getByRole('link')).toHaveAttribute('href', `/slides/${await slideNumber(page.request, 'faq-data-inconsistency')}`);
    await page.keyboard.press('Escape');
    await expect(lag.locator('.term-tip')).toBeHidden();
    await expect(word).toBeFocused();
    const checkpoint = page.locator('.ex-prose .term[data-term="checkpoint"]');
    await checkpoint.getByRole('button', { name: 'checkpoint' }).hover();
    await expect(checkpoint.locator('.term-tip')).toBeVisible();
  }
});

test('the workshop planner gives links, snippets and a printable handout', async ({ page }) => {
  await page.goto('/workshop');
  await page.getByLabel('3. Decide with an invariant').check();
  await page.getByLabel('1. Fold a stream into state').check();
  await page.getByLabel('Hide solutions in the embeds').check();
  const order = page.getByRole('list', { name: 'Workshop order' }).getByRole('listitem');
  await expect(order).toHaveCount(2);
  await expect(order.first()).toContainText('Decide with an invariant');
  await page.getByRole('button', { name: 'Up: Fold a stream into state' }).click();
  await expect(order.first()).toContainText('Fold a stream into state');
  await expect(page.locator('.ws-snippet').first()).toHaveValue(/embed\/exercises\/fold-a-stream\?solution=hidden/);
  await expect(page.locator('.ws-handout-list li')).toHaveCount(2);
  // The plan is in the address: a reload keeps it.
  await page.reload();
  await expect(order).toHaveCount(2);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.ws-handout')).toBeVisible();
  await expect(page.locator('.ws-grid')).toBeHidden();
  await expect(page.locator('.ws-handout')).toContainText(`${siteOrigin(page)}/exercises/decide-with-an-invariant`);
});

for (const path of ['/exercises', '/exercises/decide-with-an-invariant', '/exercises/write-the-specs', '/workshop']) {
  test(`axe: no serious or critical violations on ${path}`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto(path);
    if (path !== '/exercises' && path !== '/workshop') {
      await page.getByRole('button', { name: 'Check', exact: true }).click();
      await expect(page.locator('.ex-check.is-fail').first()).toBeVisible(READY);
    }
    // Monaco is a third-party widget with its own accessibility work; our markup around it is checked.
    const results = await new AxeBuilder({ page }).exclude('.monaco-editor').analyze();
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
