// The live demos, read from the back of a room: at 1920x1080 no text in a demo is
// smaller than 24 CSS px (body 36, code 26), nothing spills out of the card, the
// current event is shown whole, the last change is marked in words, and the
// slider is big enough to hit. Also on a phone (390x844), where the reading view
// shows each demo as a block, nothing overflows the page.
import { test, expect, type Page } from '@playwright/test';
import { slideNumber } from './deck-helpers.ts';

const DEMO_SLIDES = ['redux', 'paydirekt-quote', 'jet', 'octopus', 'ticketfly', 'envato', 'faq-data-inconsistency'];

async function openDemo(page: Page, slug: string) {
  const n = await slideNumber(page.request, slug);
  await page.goto(`/slides/${n}?step=99`);
  const demo = page.locator('.demo[data-demo]');
  await expect(demo).toHaveAttribute('data-live', 'ready', { timeout: 15_000 });
  return demo;
}

/** Every visible text in the demo: its rendered size in CSS px (font size times the canvas scale), and whether it is code. */
function measure(page: Page) {
  return page.evaluate(() => {
    const demo = document.querySelector<HTMLElement>('.demo[data-demo]')!;
    const scale = demo.getBoundingClientRect().width / demo.offsetWidth;
    const texts: Array<{ text: string; px: number; code: boolean }> = [];
    const walker = document.createTreeWalker(demo, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!element || !node.textContent?.trim()) continue;
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || element.closest('.sr-only')) continue;
      const style = getComputedStyle(element);
      texts.push({ text: node.textContent.trim().slice(0, 40), px: parseFloat(style.fontSize) * scale, code: /mono/i.test(style.fontFamily) });
    }
    const card = demo.getBoundingClientRect();
    const spilled = [...demo.querySelectorAll<HTMLElement>('*')]
      .filter((e) => e.getBoundingClientRect().height > 0 && e.getBoundingClientRect().bottom > card.bottom + 1)
      .map((e) => e.className || e.tagName);
    const slider = demo.querySelector('input[type="range"]')!.getBoundingClientRect();
    const now = demo.querySelector<HTMLElement>('[data-panel="event"]')!;
    return { texts, spilled, sliderHeight: slider.height, nowText: now.innerText, nowCut: now.scrollWidth > now.clientWidth + 1 };
  });
}

for (const slug of DEMO_SLIDES) {
  test(`the ${slug} demo reads from the back of the room at 1920x1080`, async ({ page }) => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await openDemo(page, slug);
    const m = await measure(page);
    expect(m.texts.length).toBeGreaterThan(10);
    const tooSmall = m.texts.filter((t) => t.px < (t.code ? 26 : 36) - 0.05).map((t) => `${t.px.toFixed(1)}px ${t.code ? 'code' : 'text'} "${t.text}"`);
    expect(tooSmall).toEqual([]);
    expect(m.spilled, 'nothing reaches past the demo card').toEqual([]);
    expect(m.sliderHeight).toBeGreaterThanOrEqual(44);
    expect(m.nowText).not.toContain('…');
    expect(m.nowCut, 'the current event is shown whole').toBe(false);
  });
}

test('a changed value is marked in words, not by colour alone', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  const demo = await openDemo(page, 'redux');
  const slider = demo.getByRole('slider', { name: 'Time travel' });
  await slider.focus();
  await page.keyboard.press('ArrowLeft');
  const count = demo.locator('.fact').filter({ has: page.getByText('Count', { exact: true }) });
  await expect(count).toHaveClass(/is-changed/);
  await expect(count).toContainText('changed');
  const max = Number(await slider.getAttribute('max'));
  await expect(demo.getByRole('region', { name: 'Current event' })).toContainText(`Event ${max - 1} of ${max}`);
});

test('on a phone the demos fit the reading view and the slider stays easy to hit', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/read');
  const demos = page.locator('.demo[data-demo]');
  expect(await demos.count()).toBe(DEMO_SLIDES.length);
  const wide = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(wide).toBeLessThanOrEqual(390);
  for (const slider of await demos.locator('input[type="range"]').all()) {
    const box = await slider.boundingBox();
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
  }
});
