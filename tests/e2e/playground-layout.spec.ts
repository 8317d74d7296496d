// Room and guidance on the playground: at 1280×720 the editor has room and
// every part is one link away; "What to notice" is open until the reader
// closes it; the words of event sourcing explain themselves on hover and on
// focus; on a phone the time-travel bar stays in view with the state.
import { test, type Page } from '@playwright/test';
import { exampleEvents, expect, openPlayground, timeTravel, travelTo } from './playground-helpers.ts';
import { slideNumber } from './deck-helpers.ts';

test.describe.configure({ timeout: 120_000 });

const inView = async (page: Page, selector: string): Promise<boolean> => {
  const box = await page.locator(selector).boundingBox();
  const viewport = page.viewportSize();
  return box !== null && viewport !== null && box.y >= 0 && box.y + box.height <= viewport.height && box.height > 0;
};

test('at 1280×720 the editor has room, and Commands and Projections are one link away', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openPlayground(page, '?example=bank-account');
  const editor = await page.locator('#pg-code-editor').boundingBox();
  expect(editor?.width).toBeGreaterThanOrEqual(480);
  expect(editor?.height).toBeGreaterThanOrEqual(340);
  const parts = page.getByRole('navigation', { name: 'Parts of the playground' });
  for (const [link, heading] of [['Commands', '#pg-commands-h'], ['Projections', '#pg-proj-h']] as const) {
    await expect(parts.getByRole('link', { name: link })).toBeInViewport();
    await parts.getByRole('link', { name: link }).click();
    await expect(page.locator(heading)).toBeFocused();
    await expect.poll(() => inView(page, heading)).toBe(true);
    await page.evaluate(() => window.scrollTo(0, 0));
  }
});

test('"What to notice" is open on a first visit and stays closed once closed; a broken stored value is ignored', async ({ page }) => {
  await openPlayground(page, '?example=counter');
  const box = page.locator('#pg-notice-box');
  await expect(box).toHaveAttribute('open', '');
  await expect(page.getByRole('link', { name: 'See this case study in the talk' })).toBeVisible();
  await box.locator('summary').click();
  await expect(box).not.toHaveAttribute('open', '');
  await openPlayground(page, '?example=counter');
  await expect(box).not.toHaveAttribute('open', '');
  await page.evaluate(() => localStorage.setItem('pg-notice', '{"not": closed'));
  await openPlayground(page, '?example=counter');
  await expect(box).toHaveAttribute('open', '');
});

test('the words of event sourcing explain themselves on hover and on keyboard focus, with a link to their slide', async ({ page }) => {
  await openPlayground(page, '?example=counter');
  const decide = page.locator('.term[data-term="decide"]');
  await decide.getByRole('button', { name: 'decide' }).hover();
  await expect(decide.locator('.term-tip')).toBeVisible();
  await expect(decide.locator('.term-tip')).toContainText('domain error');
  await expect(decide.getByRole('link')).toHaveAttribute('href', `/slides/${await slideNumber(page.request, 'command')}`);
  await page.mouse.move(0, 0);
  await expect(decide.locator('.term-tip')).toBeHidden();

  // Keyboard: focus shows it, Tab reaches its link, Esc closes it and leaves focus on the word.
  const evolve = page.locator('.term[data-term="evolve"]');
  const word = evolve.getByRole('button', { name: 'evolve' });
  await word.focus();
  await expect(evolve.locator('.term-tip')).toBeVisible();
  await expect(word).toHaveAttribute('aria-expanded', 'true');
  await expect(word).toHaveAccessibleDescription(/pure/);
  await page.keyboard.press('Tab');
  await expect(evolve.getByRole('link')).toBeFocused();
  await expect(evolve.getByRole('link')).toHaveAttribute('href', `/slides/${await slideNumber(page.request, 'fold')}`);
  await page.keyboard.press('Escape');
  await expect(evolve.locator('.term-tip')).toBeHidden();
  await expect(word).toBeFocused();
  await expect(word).toHaveAttribute('aria-expanded', 'false');

  // Every word has one, beside the control or text it explains.
  for (const [term, slug] of [['snapshot', 'fold'], ['async-lag', 'faq-data-inconsistency'], ['checkpoint', 'projection'], ['upcasting', 'es-in-practice']] as const) {
    const tip = page.locator(`.term[data-term="${term}"]`);
    await tip.getByRole('button').focus();
    await expect(tip.locator('.term-tip')).toBeVisible();
    await expect(tip.getByRole('link')).toHaveAttribute('href', `/slides/${await slideNumber(page.request, slug)}`);
    await page.keyboard.press('Escape');
    await expect(tip.locator('.term-tip')).toBeHidden();
  }
});

test('on a phone the time-travel bar stays in view with the state while the page scrolls', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openPlayground(page, '?example=counter');
  // Scroll well past where the bar sits, to the state and the editor below.
  await page.evaluate(() => window.scrollTo(0, 900));
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(600);
  const slider = timeTravel(page);
  await expect.poll(() => inView(page, '#pg-time')).toBe(true);
  const summary = page.locator('#pg-travel-state');
  await expect.poll(() => inView(page, '#pg-travel-state')).toBe(true);

  // Moving the slider changes the one-line state under it.
  const events = exampleEvents('counter');
  const countAfter = (k: number) =>
    events.slice(0, k).reduce((count, e) => (e.type === 'Incremented' ? count + Number(e.data.amount) : e.type === 'Decremented' ? count - Number(e.data.amount) : 0), 0);
  await travelTo(page, 3);
  await expect(slider).toHaveValue('3');
  await expect(summary).toContainText(`count: ${countAfter(3)}`);
  await travelTo(page, events.length);
  await expect(summary).toContainText(`count: ${countAfter(events.length)}`);
  await expect.poll(() => inView(page, '#pg-travel-state')).toBe(true);
});

test('on a phone the site header keeps one line on every kind of page', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of ['/', '/read', '/playground', '/exercises', '/exercises/fold-a-stream', '/workshop', '/nope']) {
    await page.goto(path);
    const links = page.locator('.site-header nav li');
    await expect(links.first()).toBeVisible();
    const tops = await links.evaluateAll((items) => items.map((item) => Math.round(item.getBoundingClientRect().top)));
    expect(new Set(tops).size, `${path}: header links on one line`).toBe(1);
    const header = await page.locator('.site-header').boundingBox();
    expect(header?.height, `${path}: header height`).toBeLessThanOrEqual(64);
    // Nothing sticks out of the page sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(390);
  }
});

/** Which events the list has drawn inside its visible box, and which it should have: every one the box shows. */
const eventListCoverage = (page: Page) =>
  page.evaluate(() => {
    const scroller = document.querySelector<HTMLElement>('#pg-event-list .ev-scroll')!;
    const view = scroller.getBoundingClientRect();
    const drawn = [...scroller.querySelectorAll<HTMLElement>('.ev-row')]
      .filter((row) => {
        const box = row.getBoundingClientRect();
        return box.bottom > view.top + 1 && box.top < view.bottom - 1;
      })
      .map((row) => Number(row.getAttribute('aria-posinset')))
      .sort((a, b) => a - b);
    const rowHeight = scroller.querySelector<HTMLElement>('.ev-row')?.offsetHeight ?? 30;
    const count = Number(scroller.querySelector('.ev-row')?.getAttribute('aria-setsize'));
    const first = Math.floor(scroller.scrollTop / rowHeight) + 1;
    const last = Math.min(count, Math.ceil((scroller.scrollTop + scroller.clientHeight) / rowHeight));
    return { drawn, shouldShow: Array.from({ length: last - first + 1 }, (_, i) => first + i) };
  });

test('the event list draws every event in its box, on a tall screen where the whole stream fits and after scrolling', async ({ page }) => {
  const missing = async () => {
    const { drawn, shouldShow } = await eventListCoverage(page);
    return shouldShow.filter((n) => !drawn.includes(n));
  };
  for (const [width, height] of [[1920, 1080], [1280, 720]] as const) {
    await page.setViewportSize({ width, height });
    await openPlayground(page, '?example=bank-account');
    await expect.poll(missing, `${width}x${height}`).toEqual([]);
    await page.locator('#pg-event-list .ev-scroll').evaluate((scroller) => scroller.scrollTo(0, 0));
    await expect.poll(async () => (await eventListCoverage(page)).drawn[0], `${width}x${height}, scrolled to the top`).toBe(1);
    expect(await missing()).toEqual([]);
  }
});
