// A 100,000-event stream: the list stays virtual (few rows in the page) and
// scrolls, and time travel still answers, thanks to snapshots.
import { test } from '@playwright/test';
import { openPlayground, region, timeTravel, travelTo, expect } from './playground-helpers.ts';

// A busy machine compiles and folds slowly: give each test room (no timing is asserted).
test.describe.configure({ timeout: 120_000 });

test('a 100,000-event stream scrolls and time-travels', async ({ page }) => {
  test.setTimeout(180_000);
  await openPlayground(page, '?example=bank-account');
  await page.getByRole('button', { name: 'Load 100,000 events' }).click();
  // A second or two of work: the page says what it is doing.
  await expect(page.locator('#pg-status')).toContainText(/Generating and loading 100,000 events|Loaded 100,000 generated events/);
  await expect(page.locator('#pg-time-out')).toHaveText('100,000 of 100,000 events applied', { timeout: 90_000 });
  await expect(page.locator('#pg-status')).toHaveText('Loaded 100,000 generated events.');
  const events = region(page, 'Events');
  const rows = events.locator('.ev-row');
  expect(await rows.count()).toBeLessThan(120);

  // Scroll to the middle of the stream: the rows there are drawn.
  await events.locator('.ev-scroll').evaluate((el) => { el.scrollTop = 50_000 * 30; });
  await expect(events.locator('.ev-num', { hasText: /^50001$/ })).toBeVisible();
  expect(await rows.count()).toBeLessThan(120);

  await travelTo(page, 73_456);
  await expect(timeTravel(page)).toHaveValue('73456');
  await expect(page.locator('#pg-snap')).toContainText(/Events read: \d{1,3} \(from the snapshot at event 734\d\d/);
  await expect(events.locator('.ev-row.is-current .ev-num')).toHaveText('73456');
  await expect(region(page, 'State').locator('.tree')).toContainText('balance');
  // The chart's line is sampled, but its caption gives the exact balance of the moment shown.
  const balance = await region(page, 'State').locator('.tree li', { has: page.locator('.tree-key', { hasText: /^balance$/ }) }).locator('.tree-val').innerText();
  await expect(page.locator('.chart-caption')).toHaveText(new RegExp(`after 73,456 events: ${balance}$`));

  // A read model with hundreds of entries is grouped in ranges of 100. The newest range holds what the
  // event changed (this month's totals), so it opens by itself, and it stays open while the learner steps.
  const statement = region(page, 'Projections').locator('.proj', { hasText: 'Monthly statement' });
  const ranges = statement.locator('.tree > li > details');
  await expect(ranges.first().locator(':scope > summary')).toHaveText('[0 … 99]');
  await expect(ranges.first()).not.toHaveAttribute('open', '');
  const newest = ranges.last();
  await expect(newest.locator(':scope > summary')).toHaveText(/^\[\d00 … \d+\] \(changed by the last event\)$/);
  await expect(newest).toHaveAttribute('open', '');
  await expect(newest.locator('.is-changed').first()).toBeVisible();
  await page.getByRole('button', { name: 'Step back one event' }).click();
  await expect(timeTravel(page)).toHaveValue('73455');
  await expect(newest).toHaveAttribute('open', '');
});
