// Each live demo, used as a person would: reveal it, use its control with
// the keyboard or the mouse, read what it says.
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { position, slideNumber } from './deck-helpers.ts';

/** Opens the slide with this slug fully revealed (the demo is its last step) and waits for the demo to run. */
async function openDemo(page: Page, slug: string, name: RegExp) {
  const n = await slideNumber(page.request, slug);
  await page.goto(`/slides/${n}?step=99`);
  const demo = page.getByRole('region', { name });
  await expect(demo).toBeVisible();
  await expect(demo).toHaveAttribute('data-live', 'ready', { timeout: 15_000 });
  return demo;
}
/** The value next to a label in the demo's state (labels match exactly). */
const fact = (demo: ReturnType<Page['getByRole']>, label: string) =>
  demo.locator('.fact').filter({ has: demo.page().getByText(label, { exact: true }) }).locator('.fact-value');
/** The demo's own status line (the output next to the slider is a status too). */
const status = (demo: ReturnType<Page['getByRole']>) => demo.locator('p.demo-status');

test('counter: time travel replays every earlier count; the deck keys wait while the slider has focus', async ({ page }) => {
  const demo = await openDemo(page, 'redux', /Live demo: Counter/);
  const slider = demo.getByRole('slider', { name: 'Time travel' });
  await slider.focus();
  await page.keyboard.press('Home');
  await expect(fact(demo, 'Count')).toHaveText('0');
  await expect(slider).toHaveValue('0');
  await page.keyboard.press('ArrowRight');
  await expect(fact(demo, 'Count')).toHaveText('1');
  await expect(fact(demo, 'Last event')).toHaveText(/Incremented/);
  await page.keyboard.press('End');
  const max = Number(await slider.getAttribute('max'));
  await expect(fact(demo, 'Events applied')).toHaveText(`${max} of ${max}`);
  const n = await slideNumber(page.request, 'redux');
  expect(position(page).n).toBe(n); // arrows moved the slider, not the deck
  await page.keyboard.press('Escape');
  await expect(slider).not.toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => position(page).n).toBe(n + 1);
});

test('jet: with yesterday’s bug, replay stops at the event that breaks the total', async ({ page }) => {
  const demo = await openDemo(page, 'jet', /Live demo: Jet/);
  await expect(fact(demo, 'Order total')).toHaveText(await fact(demo, 'Sum of the items').innerText());
  await demo.getByRole('checkbox', { name: /bug/ }).check();
  await expect(status(demo)).toContainText(/goes wrong at event #\d+ \(ItemRemoved\)/);
  await demo.getByRole('button', { name: 'Replay to the bug' }).click();
  const at = Number(await demo.getByRole('slider', { name: 'Time travel' }).inputValue());
  expect(at).toBeGreaterThan(0);
  await expect(fact(demo, 'Bug')).toContainText(`#${at} ItemRemoved`);
  await demo.getByRole('slider', { name: 'Time travel' }).fill(String(at - 1));
  await expect(fact(demo, 'Bug')).toContainText('not yet');
});

test('ticketfly: two buyers race for the last seat; the stream version decides', async ({ page }) => {
  const demo = await openDemo(page, 'ticketfly', /Live demo: Ticketfly/);
  const slider = demo.getByRole('slider', { name: 'Race step' });
  await slider.focus();
  await page.keyboard.press('Home');
  await expect(demo.locator('.fact')).toHaveCount(1);
  await page.keyboard.press('ArrowRight');
  await expect(demo.locator('.fact').nth(1)).toContainText('appended');
  await page.keyboard.press('ArrowRight');
  await expect(demo.locator('.fact').nth(2)).toContainText('conflict');
  await page.keyboard.press('ArrowRight');
  await expect(demo.locator('.fact').nth(3)).toContainText('rejected');
  // The list shows the event the words count: version 28 is event #28, the hold that won.
  await expect(demo.locator('.fact').nth(1)).toContainText('stream is now version 28');
  const events = demo.getByRole('list', { name: 'Events' });
  await expect(events.locator('li').last()).toHaveAttribute('data-n', '28');
  await expect(events.locator('li[aria-current="step"]')).toContainText('SeatHeld');
  const now = demo.getByRole('region', { name: 'Current event' });
  await expect(now).toContainText('Event 28 of 28');
  await expect(now).toContainText('maria.g');
  await page.keyboard.press('Home');
  await expect(now).toContainText('Event 27 of 27');
});

test('FAQ: a lagging read side offers seats the write side has sold', async ({ page }) => {
  const demo = await openDemo(page, 'faq-data-inconsistency', /Live demo: Write side/);
  const slider = demo.getByRole('slider', { name: 'Read side lag' });
  await slider.fill('0');
  await expect(demo.locator('.fact.is-good')).toContainText('caught up');
  await slider.fill('6');
  await expect(demo.locator('.fact.is-bad')).toContainText('the read side is stale on');
});

test('envato: a projection thrown away is rebuilt by replaying every event', async ({ page }) => {
  const demo = await openDemo(page, 'envato', /Live demo: Throw a projection away/);
  await demo.getByRole('button', { name: 'Throw away and rebuild' }).click();
  await expect(fact(demo, 'Rebuilding')).toBeVisible();
  await expect(status(demo)).toContainText(/Rebuilt by replaying \d+ events/, { timeout: 15_000 });
  await expect(fact(demo, 'Rebuilt')).toBeVisible();
});

test('octopus: the release goes to machines that are available', async ({ page }) => {
  const demo = await openDemo(page, 'octopus', /Live demo: Octopus/);
  const slider = demo.getByRole('slider', { name: 'Time travel' });
  await slider.fill('0');
  await expect(fact(demo, 'Release')).toHaveText('none promoted yet');
  await slider.fill('11');
  await expect(fact(demo, 'Release')).toHaveText('2.4.0');
  await expect(fact(demo, 'Gets the release next')).toHaveText('web-03');
});

test('paydirekt: the payment at a date, with who changed it', async ({ page }) => {
  const demo = await openDemo(page, 'paydirekt-quote', /Live demo: Paydirekt/);
  const slider = demo.getByRole('slider', { name: 'Time travel' });
  await slider.fill('6');
  await expect(fact(demo, 'Changed by')).toHaveText('support:t.wagner: ShippingAddressChanged');
  await expect(fact(demo, 'Ship to')).toContainText('Hohenzollernring 48');
  await expect(fact(demo, 'As of')).toContainText('2016-11-07 14:02');
  await slider.fill('5');
  await expect(fact(demo, 'Ship to')).toContainText('Ehrenstraße 12');
});

test('a revealed demo has no serious accessibility violations', async ({ page }) => {
  await openDemo(page, 'jet', /Live demo: Jet/);
  const results = await new AxeBuilder({ page }).include('.demo').analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
