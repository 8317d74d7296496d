// The presenter window: it and the audience deck follow each other both
// ways (slide, step, blackout) over BroadcastChannel, in the built site.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { deckReady, slideCount, slideNumber, stepCounts } from './deck-helpers.ts';
import { expectBoth, linear, longestPlainRun, openPair, presenterPosition, swappable } from './presenter-helpers.ts';

test('presenter and audience stay in sync over 50 quick key presses in both directions', async ({ context, page }) => {
  test.setTimeout(90_000);
  const total = await slideCount(page);
  const counts = await stepCounts(page, total);
  const order = linear(counts);
  // A slide reached by a full page load (data-full-navigation; none today, live
  // demos swap in place) would put keys into a loading page: stay on a stretch without them.
  const [first, last] = longestPlainRun(await swappable(page, total));
  const runStart = order.findIndex((p) => p.n === first && p.step === 0);
  const room = order.filter((p) => p.n >= first && p.n <= last).length;
  await page.close();

  // A fixed, mixed sequence from either window: forward, back, clicker keys.
  // Presses in two windows may land in either order, so start well inside the
  // stretch: net +1 every five presses when it has room, else back and forth.
  const forward = room >= 20;
  const keys = forward ? ['ArrowRight', ' ', 'ArrowLeft', 'PageDown', 'ArrowLeft'] : ['ArrowRight', 'ArrowLeft'];
  let at = runStart + (forward ? 4 : Math.floor(room / 2));
  const start = order[at];
  if (!start) throw new Error('no stretch of plain slides');
  const { audience, presenter } = await openPair(context, start.n, start.step);
  for (let i = 0; i < 50; i += 1) {
    const key = keys[i % keys.length] ?? 'ArrowRight';
    await (i % 3 === 0 ? audience : presenter).keyboard.press(key);
    at += key === 'ArrowLeft' ? -1 : 1;
  }
  const want = order[at];
  if (!want) throw new Error('the sequence left the talk');
  await expectBoth(audience, presenter, want);

  // Blackout, from the presenter, then back from the audience.
  await presenter.keyboard.press('b');
  await expect(audience.locator('#deck-blackout')).toBeVisible();
  await expect(presenter.locator('#pr-blackout')).toHaveAttribute('aria-pressed', 'true');
  await audience.keyboard.press('b');
  await expect(audience.locator('#deck-blackout')).toBeHidden();
  await expect(presenter.locator('#pr-blackout')).toHaveAttribute('aria-pressed', 'false');
});

test('a live demo’s time-travel position follows both ways', async ({ context }) => {
  const redux = await slideNumber(context.request, 'redux');
  const { audience, presenter } = await openPair(context, redux, 99);
  const demo = audience.getByRole('region', { name: /Live demo: Counter/ });
  await expect(demo).toHaveAttribute('data-live', 'ready', { timeout: 15_000 });
  const theirs = demo.getByRole('slider', { name: 'Time travel' });
  const mine = presenter.getByRole('slider', { name: /Demo: Time travel/ });
  await expect(mine).toBeVisible();
  await expect(mine).toHaveValue(await theirs.inputValue());

  await mine.focus();
  await presenter.keyboard.press('Home');
  await expect(theirs).toHaveValue('0');
  await theirs.focus();
  await audience.keyboard.press('End');
  await expect(mine).toHaveValue(await theirs.getAttribute('max') ?? '');

  // Quick presses in both windows; both end on the same moment.
  for (let i = 0; i < 24; i += 1) {
    const page = i % 2 ? presenter : audience;
    await page.keyboard.press(i % 3 === 2 ? 'ArrowRight' : 'ArrowLeft');
  }
  await expect.poll(async () => (await theirs.inputValue()) === (await mine.inputValue()), { timeout: 10_000 }).toBe(true);
  await expect(demo.locator('.demo-out')).toHaveText(`${await theirs.inputValue()} / ${await theirs.getAttribute('max')}`);
  // The deck did not move while the sliders had the keys.
  await expect(presenter.locator('#presenter')).toHaveAttribute('data-slide', String(redux));
});

test('s opens the presenter on the current slide; it shows notes, the next step and a timer', async ({ page, context }) => {
  await page.goto('/slides/3');
  await deckReady(page);
  const [presenter] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
  await expect(presenter).toHaveURL(/\/presenter\/3$/);
  await expect(presenter.locator('#presenter')).toHaveAttribute('data-link', 'connected');
  await expect(presenter.getByRole('region', { name: 'Notes' }).locator('[data-notes-for="3"]')).toBeVisible();
  await expect(presenter.locator('[data-notes-for="4"]')).toBeHidden();
  await expect(presenter.locator('#pr-current .slide')).toHaveAttribute('data-n', '3');
  await expect(presenter.locator('#pr-next .slide')).toBeAttached();

  const elapsed = presenter.getByRole('timer', { name: 'Elapsed' });
  await expect(elapsed).toHaveText('00:00');
  await presenter.getByRole('button', { name: 'Start' }).click();
  await expect(elapsed).not.toHaveText('00:00', { timeout: 5_000 });
  await presenter.getByRole('button', { name: 'Pause' }).click();
  await expect(presenter.getByRole('button', { name: 'Resume' })).toBeVisible();
  await presenter.getByRole('button', { name: 'Reset' }).click();
  await expect(elapsed).toHaveText('00:00');
  await expect(presenter.locator('#pr-clock')).toHaveText(/\d{1,2}:\d{2}/);

  // The Next button drives the audience too.
  await presenter.getByRole('button', { name: 'Next', exact: true }).click();
  const p = await presenterPosition(presenter);
  await expect.poll(() => new URL(page.url()).pathname + new URL(page.url()).search).toBe(p.step > 0 ? `/slides/${p.n}?step=${p.step}` : `/slides/${p.n}`);
});

test('a presenter window with no audience moves on its own', async ({ page }) => {
  await page.goto('/presenter/2');
  await expect(page.locator('#presenter')).toHaveAttribute('data-link', 'alone');
  await page.keyboard.press('End');
  const total = Number(await page.locator('#pr-total').textContent());
  await expect.poll(() => presenterPosition(page).then((p) => p.n)).toBe(total);
  await expect(page).toHaveURL(new RegExp(`/presenter/${total}$`));
  await page.keyboard.press('Home');
  await expect.poll(() => presenterPosition(page)).toEqual({ n: 1, step: 0 });
});

test('the presenter window has no serious accessibility violations', async ({ page }) => {
  await page.goto('/presenter/1');
  await expect(page.locator('#pr-current .slide')).toBeAttached();
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
