// The playground: every example loads, time travel, commands, the conflict
// demo, projections (lag, rebuild) and what-if, as a learner uses them.
import { test, type Page } from '@playwright/test';
import { exampleIds } from '../../playground/examples/catalog.ts';
import {
  alertRegion, collectErrors, counterAfter, exampleEvents, exampleMeta, openPlayground, region, timeTravel, travelTo,
  expect,
  openNotice,
} from './playground-helpers.ts';
import { slideNumber } from './deck-helpers.ts';

// A busy machine compiles and folds slowly: give each test room (no timing is asserted).
test.describe.configure({ timeout: 120_000 });

for (const id of exampleIds) {
  test(`example "${id}" loads with its events, state and projections`, async ({ page }) => {
    const errors = collectErrors(page);
    await openPlayground(page, `?example=${id}`);
    await expect(page.getByRole('combobox', { name: 'Example' })).toHaveValue(id);
    const count = exampleEvents(id).length;
    await expect(timeTravel(page)).toHaveValue(String(count));
    // The list shows the moment on the slider: the last event, marked current.
    await expect(region(page, 'Events').locator('.ev-row.is-current')).toContainText(exampleEvents(id)[count - 1].type);
    await expect(region(page, 'State').locator('.tree li').first()).toBeVisible();
    await expect(region(page, 'Projections').locator('.proj').first()).toBeVisible();
    expect(await region(page, 'Projections').locator('.proj').count()).toBeGreaterThanOrEqual(2);
    await expect(alertRegion(page)).toBeEmpty();
    // example.json names its slide by slug; the link goes to that slide's current number.
    const slide = await slideNumber(page.request, exampleMeta(id).slide);
    await openNotice(page);
    await expect(page.getByRole('link', { name: 'See this case study in the talk' })).toHaveAttribute('href', `/slides/${slide}`);
    expect(errors).toEqual([]);
  });
}

test('time travel to a position shows the state at that moment', async ({ page }) => {
  await openPlayground(page, '?example=counter');
  await travelTo(page, 5);
  await expect(page.locator('#pg-time-out')).toHaveText(/^5 of \d+ events applied$/);
  await expect(region(page, 'State').locator('.tree')).toContainText(`count: ${counterAfter(5)}`);
  await expect(region(page, 'Events').locator('.ev-row.is-current')).toContainText('5');
  // Read models show what that event did to them too: event 5 is a decrement.
  expect(exampleEvents('counter')[4].type).toBe('Decremented');
  const totals = region(page, 'Projections').locator('.proj', { hasText: 'Click totals' });
  await expect(totals.locator('.is-changed')).toContainText('decrements');
  // Stepping back one event with the button shows the moment before.
  await page.getByRole('button', { name: 'Step back one event' }).click();
  await expect(region(page, 'State').locator('.tree')).toContainText(`count: ${counterAfter(4)}`);
  // The last event's change is highlighted and named.
  await expect(region(page, 'State').locator('.is-changed')).toContainText('count');
  await expect(region(page, 'State')).toContainText(`Event 4 (${exampleEvents('counter')[3].type}) changed`);
  // Picking a row in the list travels there too.
  await region(page, 'Events').locator('.ev-go', { has: page.locator('.ev-num', { hasText: /^2$/ }) }).click();
  await expect(timeTravel(page)).toHaveValue('2');
  await expect(region(page, 'State').locator('.tree')).toContainText(`count: ${counterAfter(2)}`);
  // The list follows: the picked row is now the current one and later rows are the future.
  await expect(region(page, 'Events').locator('.ev-row.is-current .ev-num')).toHaveText('2');
  await expect(region(page, 'Events').locator('.ev-row:not(.is-applied) .ev-num').first()).toHaveText('3');
});

test('the selected event can be read whole, and the Events (JSON) tab wraps long lines', async ({ page }) => {
  await openPlayground(page, '?example=paydirekt-payment');
  await travelTo(page, 3);
  const details = page.getByRole('region', { name: 'Selected event' });
  const third = exampleEvents('paydirekt-payment')[2];
  await expect(details).toContainText('Event 3');
  await expect(details.locator('dd').first()).toHaveText(third.type);
  // Every field of its data and metadata, none cut short.
  for (const value of [...Object.values(third.data), ...Object.values(third.metadata ?? {})]) {
    if (typeof value === 'string' || typeof value === 'number') await expect(details).toContainText(String(value));
  }
  const fits = (locator: ReturnType<Page['locator']>) => locator.evaluate((el) => el.scrollWidth <= el.clientWidth + 1);
  for (const pre of await details.locator('pre').all()) expect(await fits(pre)).toBe(true);
  // The JSON editor wraps: no line runs past its right edge.
  await page.getByRole('tab', { name: 'Events (JSON)' }).click();
  const editor = page.locator('#pg-events-editor');
  await expect(editor.locator('.view-line').first()).toBeVisible();
  const overflow = await editor.evaluate((host) => {
    const right = host.getBoundingClientRect().right;
    return [...host.querySelectorAll('.view-line > span')].filter((line) => line.getBoundingClientRect().right > right + 1).length;
  });
  expect(overflow).toBe(0);
});

test('a branch the learner folded stays folded while they travel through time', async ({ page }) => {
  await openPlayground(page, '?example=jet-cart');
  const tree = region(page, 'State').locator('.tree');
  const items = tree.locator('details', { has: page.locator(':scope > summary .tree-key', { hasText: /^items$/ }) });
  await expect(items).toHaveAttribute('open', '');
  await items.locator(':scope > summary').click();
  await expect(items).not.toHaveAttribute('open', '');
  // The last events ship parcels; the cart's items do not change, so the fold is kept.
  await page.getByRole('button', { name: 'Step back one event' }).click();
  await page.getByRole('button', { name: 'Step back one event' }).click();
  await expect(region(page, 'State').locator('.is-changed').first()).toContainText('parcels');
  await expect(items).not.toHaveAttribute('open', '');
  // Opened again, it shows the items of this moment.
  await items.locator(':scope > summary').click();
  await expect(items).toContainText('Ground coffee');
});

test('a rejected command names the invariant that stopped it; an accepted one is appended', async ({ page }) => {
  await openPlayground(page, '?example=counter');
  const before = exampleEvents('counter').length;
  const decrement = page.getByRole('form', { name: 'Command Decrement' });
  await decrement.getByLabel('Amount').fill('100000');
  await decrement.getByRole('button', { name: 'Decrement' }).click();
  const result = page.locator('#pg-command-result');
  await expect(result).toContainText('Rejected by the invariant "Count may not go below zero"');
  expect(exampleMeta('counter').invariants).toContain('Count may not go below zero');
  await expect(timeTravel(page)).toHaveValue(String(before));

  await decrement.getByLabel('Amount').fill('1');
  await decrement.getByRole('button', { name: 'Decrement' }).click();
  await expect(result).toContainText('Appended Decremented');
  await expect(timeTravel(page)).toHaveValue(String(before + 1));
  await expect(region(page, 'State').locator('.tree')).toContainText(`count: ${counterAfter(before) - 1}`);
});

test('two writers on the same version: a conflict, then a retry on the new state', async ({ page }) => {
  await openPlayground(page, '?example=bank-account');
  const before = exampleEvents('bank-account').length;
  await page.getByRole('button', { name: 'Run the conflict demo' }).click();
  const log = page.locator('#pg-conflict-log');
  await expect(log).toContainText('Writer A');
  await expect(log).toContainText('ExpectedVersionConflictError');
  await expect(timeTravel(page)).toHaveValue(String(before + 1));
  await page.getByRole('button', { name: 'Retry writer B on the new version' }).click();
  await expect(log).toContainText('Writer B retries');
  // Decided again on the newer state, the second withdrawal no longer fits.
  await expect(log).toContainText('Rejected by the invariant');
});

test('the conflict demo says why when this stream cannot show a conflict, and Reset brings it back', async ({ page }) => {
  await openPlayground(page, '?example=ticketfly-seats');
  const log = page.locator('#pg-conflict-log');
  await page.getByRole('button', { name: 'Run the conflict demo' }).click();
  await expect(log).toContainText('ExpectedVersionConflictError');
  // C4 is held now: a second run's writer A is rejected, so nothing moves the version.
  await page.getByRole('button', { name: 'Run the conflict demo' }).click();
  await expect(log).toContainText('no conflict to show on this stream');
  await expect(log).not.toContainText('Writer B:');
  await page.getByRole('button', { name: 'Reset example to the original' }).click();
  await page.getByRole('button', { name: 'Run the conflict demo' }).click();
  await expect(log).toContainText('ExpectedVersionConflictError');
});

test('async projections lag behind and a rebuild replays from event 0', async ({ page }) => {
  await openPlayground(page, '?example=counter');
  const total = exampleEvents('counter').length;
  const projections = region(page, 'Projections');
  await expect(projections.locator('.proj-status').first()).toContainText('caught up');
  await page.getByRole('slider', { name: 'Async lag (events)' }).fill('5');
  await expect(projections.locator('.proj-status').first()).toContainText(`Checkpoint ${total - 5} of ${total} · fallen behind by 5`);
  await page.getByRole('slider', { name: 'Async lag (events)' }).fill('0');
  const first = projections.locator('.proj').first();
  await first.getByRole('button', { name: /^Rebuild / }).click();
  await expect(first.locator('.proj-status')).toContainText(`Rebuilt from 0 by replaying ${total} events`);
});

test('what if: skipping an event changes every later state', async ({ page }) => {
  await openPlayground(page, '?example=counter');
  const events = exampleEvents('counter');
  const index = events.findIndex((e) => e.type === 'Incremented' && Number(e.data.amount) > 1);
  const total = events.length;
  // The list is virtualised and opens at the last event: scroll up to the row, as a reader would.
  await region(page, 'Events').getByLabel('Event stream, scrollable').evaluate((list) => { list.scrollTop = 0; });
  await region(page, 'Events').getByRole('checkbox', { name: `Skip event ${index + 1} (Incremented)` }).check();
  const without = events.filter((_, i) => i !== index).reduce((count, e) => (e.type === 'Incremented' ? count + Number(e.data.amount) : e.type === 'Decremented' ? count - Number(e.data.amount) : 0), 0);
  await expect(region(page, 'State').locator('.tree')).toContainText(`count: ${without}`);
  await expect(region(page, 'Events')).toContainText('1 skipped');
  await expect(timeTravel(page)).toHaveValue(String(total));
  // The last event is still named by its row in the list, though one fewer was folded.
  await expect(region(page, 'State')).toContainText(`Event ${total} (${events[total - 1].type}) changed`);
  await region(page, 'Events').getByRole('checkbox', { name: `Skip event ${index + 1} (Incremented)` }).uncheck();
  await expect(region(page, 'State').locator('.tree')).toContainText(`count: ${counterAfter(total)}`);
});

test('snapshots: the events-read counter stays small on a long stream', async ({ page }) => {
  await openPlayground(page, '?example=counter');
  await expect(page.locator('#pg-snap')).toContainText('Events read:');
  await page.getByLabel('Snapshot every').selectOption('10');
  await expect(page.locator('#pg-snap')).toContainText(/from the snapshot at event 20/);
});

test('upcasting: old event versions are shown as stored and folded in today\'s shape', async ({ page }) => {
  await openPlayground(page, '?example=upcasting');
  const events = exampleEvents('upcasting');
  const firstOld = events.findIndex((e) => e.metadata?.schemaVersion === 1 && e.type !== events[0].type);
  expect(firstOld).toBeGreaterThanOrEqual(0);
  await travelTo(page, firstOld + 1);
  // The list shows the event as stored (v1); the state is folded from its upcast shape without errors.
  await expect(region(page, 'Events').locator('.ev-row.is-current .ev-type')).toHaveText(`${events[firstOld].type} v1`);
  await expect(region(page, 'State').locator('.is-changed').first()).toBeVisible();
  await expect(alertRegion(page)).toBeEmpty();
});
