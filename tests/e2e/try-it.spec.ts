// "Try it" on slides: a button named for its example (never a raw path, noise
// on a projector and a poor name for a screen reader) and a QR code that a
// phone scans to open the same example on the site's public URL. The code is
// read from the rendered page by a real decoder (jsQR), on a slide and in print.
import { test, expect, type Locator } from '@playwright/test';
import jsQR from 'jsqr';
import { slideNumber } from './deck-helpers.ts';

// Several whole pages (/read holds the talk) on a busy machine: room, no timing asserted.
test.describe.configure({ timeout: 120_000 });

const SIZE = 240;

/**
 * Draws each inline SVG the browser shows into pixels (as a phone's camera would
 * see it), in one trip to the page: a string of 0/1 (dark) per pixel each.
 */
async function pixelsOf(qrs: Locator): Promise<string[]> {
  return qrs.evaluateAll(async (svgs, size) => {
    const out: string[] = [];
    for (const svg of svgs) {
      const image = new Image();
      image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = canvas.height = size;
      const ctx = canvas.getContext('2d');
      if (!ctx) throw new Error('no 2d canvas');
      ctx.drawImage(image, 0, 0, size, size);
      const { data } = ctx.getImageData(0, 0, size, size);
      let bits = '';
      for (let i = 0; i < data.length; i += 4) bits += data[i]! < 128 ? '1' : '0';
      out.push(bits);
    }
    return out;
  }, SIZE);
}

/** Decodes pixels with jsQR, a real decoder. */
function decode(bits: string): string | undefined {
  const rgba = new Uint8ClampedArray(SIZE * SIZE * 4);
  for (let i = 0; i < bits.length; i++) rgba.fill(bits[i] === '1' ? 0 : 255, i * 4, i * 4 + 3).fill(255, i * 4 + 3, i * 4 + 4);
  return jsQR(rgba, SIZE, SIZE)?.data;
}

const scan = async (qr: Locator): Promise<string | undefined> => decode((await pixelsOf(qr))[0] ?? '');

test('no link on the site shows a raw path or URL as its text; every Try it names its example', async ({ page }) => {
  const rawPath = /^\/\S*$|\?example=|^https?:\/\//;
  for (const path of ['/', '/read', '/exercises', '/workshop', '/playground']) {
    await page.goto(path);
    const texts = await page.locator('main a[href]').evaluateAll((links) => links.map((a) => (a.textContent ?? '').trim()));
    expect(texts.filter((text) => rawPath.test(text)), path).toEqual([]);
  }
  await page.goto('/read');
  const tries = page.locator('main a[href^="/playground?example="]');
  expect(await tries.count()).toBeGreaterThan(5);
  for (const name of await tries.evaluateAll((links) => links.map((a) => (a.textContent ?? '').trim()))) {
    expect(name).toMatch(/^▶ Try it in the playground: \w/);
  }
});

test('every Try it QR code scans to its example on the site URL', async ({ page }) => {
  await page.goto('/read');
  const hrefs = await page.locator('main .try a.try-it').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  const codes = await pixelsOf(page.locator('main .try svg.try-qr'));
  expect(hrefs.length).toBeGreaterThan(5);
  expect(codes.length).toBe(hrefs.length);
  codes.forEach((bits, i) => {
    const decoded = decode(bits) ?? '';
    expect(decoded, `the code beside ${hrefs[i]}`).toMatch(/^https?:\/\/[^/]+\/playground\?example=/);
    expect(new URL(decoded).pathname + new URL(decoded).search).toBe(hrefs[i]);
  });
});

test('on a projector every Try it, its code and its button, lies whole inside its slide', async ({ page }) => {
  // A code cut off at the foot of the canvas cannot be scanned (the slide clips what overflows).
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('/read');
  const slides = await page.locator('main [id^="slide-"]:has(.try)').evaluateAll((sections) => sections.map((s) => Number(s.id.replace('slide-', ''))));
  expect(slides.length).toBeGreaterThan(5);
  const cut: string[] = [];
  for (const n of slides) {
    await page.goto(`/slides/${n}`);
    const slide = page.locator('section.slide').first();
    const box = await slide.boundingBox();
    for (const part of ['.try-qr', '.try-it']) {
      const inner = await slide.locator(`.try ${part}`).boundingBox();
      if (!box || !inner || inner.y < box.y - 1 || inner.y + inner.height > box.y + box.height + 1) cut.push(`slide ${n}: ${part}`);
    }
  }
  expect(cut, 'Try it parts that reach past their slide').toEqual([]);
});

test('the Ticketfly slide: the button is reached by keyboard, shows focus and opens its example; the code stays in print', async ({ page, request }) => {
  const n = await slideNumber(request, 'ticketfly');
  await page.goto(`/slides/${n}`);
  const link = page.getByRole('link', { name: 'Try it in the playground: Ticketfly reserved seating' });
  await expect(link).toHaveAttribute('href', '/playground?example=ticketfly-seats');
  const qr = page.getByRole('img', { name: 'QR code: Ticketfly reserved seating in the playground, to open on a phone' });
  await expect(qr).toBeVisible();
  expect(await scan(qr)).toMatch(/^https?:\/\/[^/]+\/playground\?example=ticketfly-seats$/);

  for (let i = 0; i < 40 && !(await link.evaluate((a) => a === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(link).toBeFocused();
  expect(await link.evaluate((a) => getComputedStyle(a).outlineStyle)).not.toBe('none');

  await page.goto('/print');
  await page.emulateMedia({ media: 'print' });
  const printed = page.getByRole('img', { name: 'QR code: Ticketfly reserved seating in the playground, to open on a phone' });
  await expect(printed).toBeVisible();
  expect(await scan(printed)).toMatch(/\/playground\?example=ticketfly-seats$/);
  await page.emulateMedia({ media: 'screen' });

  await page.goto(`/slides/${n}`);
  await link.click();
  await expect(page.getByRole('combobox', { name: 'Example' })).toHaveValue('ticketfly-seats', { timeout: 20_000 });
});
