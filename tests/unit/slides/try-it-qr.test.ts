// The "Try it" QR codes scan: the SVG path the slide inlines is drawn back into
// pixels, as a phone's camera would see it (dark on light, with its quiet
// zone), and a real decoder (jsQR) reads the example's URL out of it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import jsQR from 'jsqr';
import { qrSvg, QUIET_ZONE } from '../../../src/components/slide/qr-code.ts';
import { siteUrl, DEFAULT_SITE_URL } from '../../../site-url.mjs';

const SCALE = 6;

/** Rasterises the path's `M x y h w v1 h-w z` runs, in RGBA, `SCALE` pixels a module. */
function render(svg: { size: number; path: string }): { data: Uint8ClampedArray; width: number } {
  const width = svg.size * SCALE;
  const data = new Uint8ClampedArray(width * width * 4).fill(255);
  for (const m of svg.path.matchAll(/M(\d+) (\d+)h(\d+)v1h-(\d+)z/g)) {
    const [x, y, w] = [Number(m[1]), Number(m[2]), Number(m[3])];
    assert.equal(Number(m[4]), w, 'each run closes where it started');
    for (let py = y * SCALE; py < (y + 1) * SCALE; py++) {
      for (let px = x * SCALE; px < (x + w) * SCALE; px++) data.fill(0, (py * width + px) * 4, (py * width + px) * 4 + 3);
    }
  }
  return { data, width };
}

function decode(text: string): string | undefined {
  const { data, width } = render(qrSvg(text));
  return jsQR(data, width, width)?.data;
}

test('a Try it code decodes to the example in the playground, on the site URL', () => {
  for (const example of ['counter', 'ticketfly-seats', 'capital-match-loan']) {
    const url = new URL(`/playground?example=${example}`, siteUrl({})).href;
    assert.equal(decode(url), url);
  }
});

test('a public URL of another host is encoded as given', () => {
  const url = new URL('/playground?example=jet-cart', siteUrl({ SITE_URL: 'https://talks.example.org' })).href;
  assert.equal(url, 'https://talks.example.org/playground?example=jet-cart');
  assert.equal(decode(url), url);
});

test('the code keeps its quiet zone and draws nothing outside the symbol', () => {
  const svg = qrSvg('http://localhost:4321/playground?example=counter');
  for (const m of svg.path.matchAll(/M(\d+) (\d+)h(\d+)/g)) {
    const [x, y, w] = [Number(m[1]), Number(m[2]), Number(m[3])];
    assert.ok(x >= QUIET_ZONE && y >= QUIET_ZONE && x + w <= svg.size - QUIET_ZONE && y < svg.size - QUIET_ZONE);
  }
});

test('SITE_URL: the default, a trailing slash, and a value that is not a URL', () => {
  assert.equal(siteUrl({}), DEFAULT_SITE_URL);
  assert.equal(siteUrl({ SITE_URL: '' }), DEFAULT_SITE_URL);
  assert.equal(siteUrl({ SITE_URL: 'https://es.example.org/' }), 'https://es.example.org/');
  assert.throws(() => siteUrl({ SITE_URL: 'es.example.org' }), /SITE_URL/);
  assert.throws(() => siteUrl({ SITE_URL: 'https://example.org/talks/es' }), /root of a host/);
});
