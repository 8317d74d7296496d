// Every slide can be read from the back of the room: on a 1920x1080 projector,
// on every slide and at every step (live demos and code included), no visible
// text is smaller than 24 px, body text is 36 px or more and code 26 px or
// more. Sizes are what the eye gets: the computed font size times the scale of
// the 1280x720 canvas. The test walks the whole deck and reports every
// failure at once, so a slide that needs less text is named with its words.
import { test, expect, type Page } from '@playwright/test';
import { slideCount, slideFacts, slideNumber } from './deck-helpers.ts';

/** Floors in CSS px at 1920x1080 (issue 14). */
const FLOOR = { any: 24, body: 36, code: 26 } as const;
/** The deck bar is not slide text, but it must stay readable on the same screen. */
const CHROME_FLOOR = 14;

test.use({ viewport: { width: 1920, height: 1080 } });

interface TextSize {
  text: string;
  kind: 'body' | 'code' | 'other';
  px: number;
}

/**
 * Every rendered text run on the slide canvas, with its size on screen. What
 * counts as what:
 * - code: inside pre, code, kbd or samp (and a demo's JSON, marked data-text="code");
 * - body: in a paragraph, list item, quotation or table cell of the slide,
 *   unless it is a caption: a source line, a figure's label, small print
 *   (figcaption, small, cite, th, or anything marked data-text="caption");
 * - other: everything else (diagram labels, demo controls), held to the 24 px floor.
 * Hidden steps, screen-reader-only text and empty runs are not on screen, so not measured.
 */
function measureSlide(page: Page): Promise<{ scale: number; sizes: TextSize[] }> {
  return page.evaluate(() => {
    const slide = document.querySelector<HTMLElement>('section.slide');
    if (!slide) throw new Error('no slide canvas on the page');
    const scale = slide.getBoundingClientRect().width / slide.offsetWidth;
    const sizes: TextSize[] = [];
    const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
      const el = node.parentElement;
      if (!text || !el) continue;
      if (el.closest('.sr-only, [hidden], template, script, style')) continue;
      if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      if (![...range.getClientRects()].some((r) => r.width > 1 && r.height > 1)) continue;
      // SVG text is scaled by its viewBox as well as by the canvas: its screen matrix holds both.
      const ctm = el instanceof SVGGraphicsElement ? el.getScreenCTM() : null;
      const px = parseFloat(getComputedStyle(el).fontSize) * (ctm ? Math.hypot(ctm.a, ctm.b) : scale);
      const kind = el.closest('pre, code, kbd, samp, [data-text="code"]')
        ? 'code'
        : el.closest('figcaption, small, cite, th, label, [data-text="caption"]')
          ? 'other'
          : el.closest('p, li, blockquote, td, dd')
            ? 'body'
            : 'other';
      sizes.push({ text: text.slice(0, 48), kind, px: Math.round(px * 10) / 10 });
    }
    return { scale, sizes };
  });
}

test('at 1920x1080 no slide text is under 24 px, body text is 36 px or more and code 26 px or more, on every slide and step', async ({ page }) => {
  test.setTimeout(600_000);
  const total = await slideCount(page);
  const facts = await slideFacts(page, total);
  const failures = new Map<string, { where: string; texts: Set<string> }>();
  for (let n = 1; n <= total; n++) {
    const steps = facts[n - 1]?.steps ?? 0;
    for (let step = 0; step <= steps; step++) {
      await page.goto(`/slides/${n}?step=${step}`);
      await page.evaluate(() => document.fonts.ready);
      if (facts[n - 1]?.demo && step === steps) {
        await expect(page.locator('section.slide .demo[data-demo]')).toHaveAttribute('data-live', 'ready', { timeout: 20_000 });
      }
      // The canvas fills the projector: the scale the sizes are measured at.
      const { scale, sizes } = await measureSlide(page);
      expect(scale, `slide ${n} scale`).toBeCloseTo(1920 / 1280, 0);
      const slug = await page.locator('section.slide').getAttribute('data-slug');
      for (const { text, kind, px } of sizes) {
        const floor = Math.max(FLOOR.any, kind === 'body' ? FLOOR.body : kind === 'code' ? FLOOR.code : 0);
        if (px >= floor) continue;
        // One line per slide, kind and size, naming every text at that size (a demo's JSON is many runs).
        const key = `${n}|${kind}|${px}`;
        const seen = failures.get(key) ?? { where: `slide ${n} (${slug}) step ${step}: ${kind} text at ${px}px < ${floor}px`, texts: new Set<string>() };
        seen.texts.add(text);
        failures.set(key, seen);
      }
    }
  }
  expect([...failures.values()].map(({ where, texts }) => `${where}: ${[...texts].map((t) => `"${t}"`).join(', ')}`)).toEqual([]);
});

test('the deck bar, outside the canvas, stays readable at 1920x1080', async ({ page }) => {
  await page.goto('/slides/2');
  const sizes = await page.locator('.deck-bar').evaluate((bar) => {
    const out: { text: string; px: number }[] = [];
    const walker = document.createTreeWalker(bar, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node.textContent ?? '').trim();
      const el = node.parentElement;
      if (!text || !el || !el.checkVisibility({ visibilityProperty: true }) || el.closest('.sr-only')) continue;
      out.push({ text, px: parseFloat(getComputedStyle(el).fontSize) });
    }
    return out;
  });
  expect(sizes.length).toBeGreaterThan(0);
  expect(sizes.filter((s) => s.px < CHROME_FLOOR)).toEqual([]);
});

test('the projection slide\'s diagram and table fit the canvas at 1920x1080 and at 1280x720', async ({ page }) => {
  const n = await slideNumber(page.request, 'projection');
  for (const size of [{ width: 1920, height: 1080 }, { width: 1280, height: 720 }]) {
    await page.setViewportSize(size);
    await page.goto(`/slides/${n}`);
    await page.evaluate(() => document.fonts.ready);
    const slide = await page.locator('section.slide').boundingBox();
    for (const part of ['.projection', '.projection table', 'section.slide > ul']) {
      const box = await page.locator(part).first().boundingBox();
      expect(box && slide, `${part} at ${size.width}x${size.height}`).toBeTruthy();
      if (!box || !slide) continue;
      expect(box.x, `${part} left edge at ${size.width}x${size.height}`).toBeGreaterThanOrEqual(slide.x);
      expect(box.x + box.width, `${part} right edge at ${size.width}x${size.height}`).toBeLessThanOrEqual(slide.x + slide.width + 0.5);
      expect(box.y + box.height, `${part} bottom edge at ${size.width}x${size.height}`).toBeLessThanOrEqual(slide.y + slide.height + 0.5);
    }
  }
});
