// The slide diagrams' boxes (a state, the event store, a read model's table)
// are drawn by their outline: WCAG 1.4.11 asks such lines for 3:1 against
// what lies behind them. Measured on the rendered slide, in light and dark,
// so a token that drifts or a box that picks the faint --border fails here.
import { test, expect, type Page } from '@playwright/test';
import { slideNumber } from './deck-helpers.ts';

const DIAGRAM_SLIDES = ['redux', 'stream', 'command', 'projection'];
const OUTLINED = '.fold .state, .decide .state, .decide .store, .projection td, .projection th';

/** Each outlined box: its border colour and the colour painted behind the box, as [r, g, b]. */
function outlines(page: Page) {
  return page.evaluate((selector) => {
    const rgb = (css: string) => (css.match(/[\d.]+/g) ?? []).map(Number);
    /** The first opaque background at or above the element's parent: what the outline sits on. */
    const behind = (el: Element | null): number[] => {
      for (let e = el; e; e = e.parentElement) {
        const [r, g, b, a = 1] = rgb(getComputedStyle(e).backgroundColor);
        if (a > 0.5 && r !== undefined) return [r, g ?? 0, b ?? 0];
      }
      return [255, 255, 255];
    };
    return [...document.querySelectorAll(selector)]
      .filter((e) => parseFloat(getComputedStyle(e).borderTopWidth) > 0)
      .map((e) => ({ what: `${e.tagName.toLowerCase()}.${e.className}`, line: rgb(getComputedStyle(e).borderTopColor).slice(0, 3), under: behind(e.parentElement) }));
  }, OUTLINED);
}

function contrast(a: number[], b: number[]): number {
  const lum = ([r = 0, g = 0, b = 0]: number[]) => {
    const c = [r, g, b].map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * (c[0] ?? 0) + 0.7152 * (c[1] ?? 0) + 0.0722 * (c[2] ?? 0);
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`diagram boxes are outlined at 3:1 or more in the ${scheme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const weak: string[] = [];
    let seen = 0;
    for (const slug of DIAGRAM_SLIDES) {
      await page.goto(`/slides/${await slideNumber(page.request, slug)}?step=99`);
      const boxes = await outlines(page);
      seen += boxes.length;
      for (const box of boxes) {
        const ratio = contrast(box.line, box.under);
        if (ratio < 3) weak.push(`${slug}: ${box.what} ${ratio.toFixed(2)}:1`);
      }
    }
    expect(seen, 'the diagrams were found').toBeGreaterThan(10);
    expect(weak).toEqual([]);
  });
}
