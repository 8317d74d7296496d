// The sandboxed runner in a real browser, on the runner lab page of the
// production build: runaway code is stopped and the next run works, errors
// say where, and learner code cannot reach the network or the page's storage.
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

const OTHER_ORIGIN = `${process.env.OTHER_ORIGIN ?? 'http://127.0.0.1:4323'}/health`;

async function openLab(page: Page): Promise<string> {
  await page.goto('/lab/runner');
  await expect(page.locator('html[data-runner-lab="ready"]')).toBeAttached();
  return page.locator('#code').inputValue();
}

async function run(page: Page, code?: string): Promise<void> {
  if (code !== undefined) await page.locator('#code').fill(code);
  await page.getByRole('button', { name: 'Run', exact: true }).click();
}

const alert = (page: Page) => page.getByRole('alert');
const state = (page: Page) => page.getByRole('region', { name: 'State' }).locator('pre');

test('a run shows the state and the projections, with no CSP violation', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await openLab(page);
  // The inline script allowed by its hash ran; bundled scripts run from 'self'.
  await expect(page.locator('html')).toHaveClass(/\bjs\b/);
  await run(page);
  await expect(state(page)).toContainText('"balance": 115');
  await expect(page.getByRole('region', { name: 'Projections' })).toContainText('"total": 145');
  await expect(page.getByRole('status')).toContainText('State after 3 of 3 events');
  await expect(alert(page)).toBeEmpty();
  expect(violations).toEqual([]);
});

test('a runaway loop in evolve is stopped, reported, and the next run works', async ({ page }) => {
  const original = await openLab(page);
  const looping = original.replace("case 'MoneyDeposited':", "case 'MoneyDeposited':\n        while (true) {}");
  expect(looping).not.toBe(original);
  await run(page, looping);
  await expect(alert(page)).toContainText('ran for more than 2 s, so it was stopped', { timeout: 10_000 });
  await expect(alert(page)).toHaveAttribute('data-kind', 'timeout');
  await expect(page.getByRole('status')).toContainText('restarted');
  // The code is still in the editor: nothing the learner typed is lost.
  await expect(page.locator('#code')).toHaveValue(looping);

  await run(page, original);
  await expect(state(page)).toContainText('"balance": 115');
  await expect(alert(page)).toBeEmpty();
});

test('a throw inside evolve reports the event index, its type and the line', async ({ page }) => {
  const original = await openLab(page);
  const throwing = original.replace("case 'MoneyWithdrawn':", "case 'MoneyWithdrawn':\n        throw new Error('withdrawals are broken');");
  await run(page, throwing);
  const line = throwing.split('\n').findIndex((text) => text.includes('withdrawals are broken')) + 1;
  await expect(alert(page)).toContainText('withdrawals are broken');
  await expect(alert(page)).toContainText('event 2 (MoneyWithdrawn)');
  await expect(alert(page)).toContainText(`line ${line}`);
  await expect(alert(page)).toHaveAttribute('data-kind', 'runtime');
  await expect(alert(page)).toHaveAttribute('data-event-index', '1');
  await expect(alert(page)).toHaveAttribute('data-line', String(line));
});

test('a compile error reports its line and column', async ({ page }) => {
  const original = await openLab(page);
  const broken = original.replace('type State = {', 'const oops: number = ;\ntype State = {');
  await run(page, broken);
  const line = broken.split('\n').findIndex((text) => text.includes('const oops')) + 1;
  await expect(alert(page)).toHaveAttribute('data-kind', 'compile');
  await expect(alert(page)).toHaveAttribute('data-line', String(line));
  await expect(alert(page)).toContainText(`line ${line}, column 22`);
});

test('invalid events JSON reports its line and column', async ({ page }) => {
  await openLab(page);
  await page.locator('#events').fill('[\n  {"type": "MoneyDeposited", "data": {"amount": 1}}\n  {"type": "MoneyDeposited", "data": {"amount": 2}}\n]');
  await run(page);
  await expect(alert(page)).toHaveAttribute('data-kind', 'invalid-input');
  await expect(alert(page)).toContainText('line 3, column 3');
});

test('learner code cannot fetch, read the page storage or import from another site', async ({ page }) => {
  await openLab(page);
  await page.evaluate(() => localStorage.setItem('secret', 'page data'));

  await run(page, `export const decider = { initialState: () => { fetch('${OTHER_ORIGIN}'); return 0; }, evolve: (s: number) => s, decide: () => [] };`);
  await expect(alert(page)).toContainText('`fetch` is not available here');

  await run(page, "export const decider = { initialState: () => localStorage.getItem('secret'), evolve: (s: unknown) => s, decide: () => [] };");
  await expect(alert(page)).toContainText('`localStorage` is not available here');
  await expect(state(page)).not.toContainText('page data');

  // A module import built at run time would go around every sealed API: the compartment refuses to compile it.
  await run(page, `export const decider = { initialState: () => new Function("return import('${OTHER_ORIGIN}')")(), evolve: (s: unknown) => s, decide: () => [] };`);
  await expect(alert(page)).toContainText('import expression rejected');
});

test('the page itself cannot connect to another origin (connect-src)', async ({ page }) => {
  await openLab(page);
  const outcome = await page.evaluate(async (url) => {
    const violated = new Promise<string>((resolve) => {
      document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), { once: true });
    });
    const fetched = await fetch(url, { mode: 'no-cors' }).then(() => 'loaded', () => 'refused');
    return { fetched, directive: await violated };
  }, OTHER_ORIGIN);
  expect(outcome).toEqual({ fetched: 'refused', directive: 'connect-src' });
});

test('the lab page has no serious accessibility violations and is not indexed', async ({ page }) => {
  await openLab(page);
  await run(page);
  await expect(state(page)).toContainText('"balance"');
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
  expect(serious).toEqual([]);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
});
