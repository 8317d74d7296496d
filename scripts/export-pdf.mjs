// `npm run export`: the talk as a PDF, one 16:9 page per slide (or per step with --steps).
//
// Builds the site when dist/ is missing or older than the sources, serves it
// with `astro preview` on a free port, and prints /print with Playwright's
// Chromium (backgrounds and links kept). Usage:
//   npm run export                     -> event-sourcing.pdf
//   npm run export -- --steps          -> one page per step
//   npm run export -- --out talk.pdf   -> another file name
//   npm run export -- --dist DIR       -> print an existing build in DIR (no rebuild check)
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { countPdfPages } from './pdf-pages.mjs';
import { buildIfNeeded, freePort, root, serve } from './serve-build.mjs';

const args = process.argv.slice(2);
/** @param {string} name */
const flag = (name) => args.includes(name);
/**
 * @template {string | null} F
 * @param {string} name
 * @param {F} fallback
 * @returns {string | F}
 */
const option = (name, fallback) => {
  const i = args.indexOf(name);
  const value = i >= 0 ? args[i + 1] : undefined;
  return value ? value : fallback;
};

const steps = flag('--steps');
const out = path.resolve(process.cwd(), option('--out', 'event-sourcing.pdf'));
const givenDist = option('--dist', null);
const dist = path.resolve(root, givenDist ?? 'dist');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** @param {string} text */
const say = (text) => process.stdout.write(`${text}\n`);
/**
 * @param {string} text
 * @returns {never}
 */
function fail(text) {
  process.stderr.write(`\nexport: ${text}\n`);
  process.exit(1);
}

if (!existsSync(chromiumPath)) {
  fail(
    `Chromium was not found at ${chromiumPath}.\n` +
      'The PDF is printed by Chromium through Playwright. Install it (Debian/Ubuntu: `sudo apt-get install chromium`)\n' +
      'or point CHROMIUM_PATH at a Chromium or Chrome binary, then run `npm run export` again.',
  );
}

// 1. Build when needed (serve-build.mjs, shared with `npm run shots`).
if (givenDist) {
  say(`[1/4] Using the build in ${path.relative(process.cwd(), dist) || '.'}`);
} else if (!(await buildIfNeeded((text) => say(`[1/4] ${text}`)))) {
  fail('the build failed (see above); nothing was exported.');
}
if (!existsSync(path.join(dist, 'print', 'index.html'))) fail(`${dist} has no print page; build the site first.`);

// 2. Serve it.
const port = await freePort(4450);
say(`[2/4] Serving the build on http://127.0.0.1:${port}`);
/** @type {{ base: string, stop: () => void }} */
let server;
try {
  server = await serve(port, dist);
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
process.on('SIGINT', () => process.exit(130));
const { base, stop: stopPreview } = server;

// 3. Print.
const { chromium } = await import('@playwright/test');
let browser;
try {
  browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu'] });
} catch (error) {
  fail(`Chromium at ${chromiumPath} could not start: ${error instanceof Error ? error.message : String(error)}`);
}
const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
await page.goto(`${base}/print${steps ? '?steps=1' : ''}`, { waitUntil: 'load' });
await page.evaluate(() => document.fonts.ready);
// With --steps, the print page expands every slide into one sheet per step.
if (steps) await page.waitForSelector('html[data-print-steps="ready"]', { timeout: 30_000 });
const sheets = await page.locator('.print-sheet').count();
say(`[3/4] Printing ${sheets} page${sheets === 1 ? '' : 's'}${steps ? ' (one per step)' : ' (one per slide)'}…`);
await page.pdf({
  path: out,
  width: '1280px',
  height: '720px',
  printBackground: true,
  preferCSSPageSize: true,
  outline: true,
  tagged: true,
});
await browser.close();

// 4. Check.
const pages = countPdfPages(await readFile(out));
say(`[4/4] Wrote ${path.relative(process.cwd(), out)}: ${pages} pages.`);
if (pages !== sheets) process.stderr.write(`export: warning: expected ${sheets} pages, the PDF has ${pages}.\n`);
stopPreview();
process.exit(0);
