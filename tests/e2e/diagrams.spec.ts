// The slide diagrams, as the audience reads them.
//
// Their boxes (a state, the event store, a read model's table)
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

/** The event and command names in the diagrams that wrap inside a word: each word is its own text node (WordBreaks.astro). */
function wordsCut(page: Page) {
  return page.evaluate(() => {
    const cut: string[] = [];
    for (const name of document.querySelectorAll('.fold .type, .decide .type, .projection .type')) {
      for (const node of name.childNodes) {
        const text = node.textContent ?? '';
        if (node.nodeType !== Node.TEXT_NODE || text.length < 2) continue;
        const range = document.createRange();
        const tops = [...text].map((_, i) => {
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          return Math.round(range.getBoundingClientRect().top);
        });
        if (new Set(tops).size > 1) cut.push(`${name.textContent} (in "${text}")`);
      }
    }
    return cut;
  });
}

test('event and command names in the diagrams wrap between words, never inside one', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  const cut: string[] = [];
  let names = 0;
  for (const slug of DIAGRAM_SLIDES) {
    await page.goto(`/slides/${await slideNumber(page.request, slug)}?step=99`);
    names += await page.locator('.fold .type, .decide .type, .projection .type').count();
    cut.push(...(await wordsCut(page)).map((c) => `${slug}: ${c}`));
  }
  expect(names, 'the diagrams were found').toBeGreaterThan(8);
  expect(cut).toEqual([]);
});
