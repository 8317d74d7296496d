// `npm run export`: the talk as a PDF, one 16:9 page per slide (or per step with --steps).
//
// Builds the site when dist/ is missing or older than the sources, serves it
// with `astro preview` on a free port, and prints /print with Playwright's
// Chromium (backgrounds and links kept). Usage:
//   npm run export                     -> event-sourcing.pdf
//   npm run export -- --steps          -> one page per step
//   npm run export -- --out talk.pdf   -> another file name
//   npm run export -- --dist DIR       -> print an existing build in DIR (no rebuild check)
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { countPdfPages } from './pdf-pages.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
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

/**
 * Newest modification time under a path (files only), 0 when it does not exist.
 * @param {string} p
 * @returns {number}
 */
function newest(p) {
  if (!existsSync(p)) return 0;
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = 0;
  for (const entry of readdirSync(p)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    max = Math.max(max, newest(path.join(p, entry)));
  }
  return max;
}

/**
 * @param {string} command
 * @param {string[]} argv
 * @returns {Promise<number>} the exit code
 */
function run(command, argv) {
  return new Promise((resolve) => {
    const child = spawn(command, argv, { cwd: root, stdio: 'inherit' });
    child.on('close', (code) => resolve(code ?? 1));
  });
}

/**
 * @param {number} from
 * @returns {Promise<number>}
 */
function freePort(from) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(freePort(from + 1)));
    server.listen(from, '127.0.0.1', () => server.close(() => resolve(from)));
  });
}

/**
 * @param {string} url
 * @param {number} ms
 */
async function waitFor(url, ms) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      const r = await fetch(url);
      if (r.ok) return true;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

// 1. Build when needed.
const sources = ['slides', 'src', 'playground', 'public', 'astro.config.mjs', 'package.json'].map((p) => path.join(root, p));
const builtAt = existsSync(path.join(dist, 'print', 'index.html')) ? statSync(path.join(dist, 'print', 'index.html')).mtimeMs : 0;
const changedAt = Math.max(...sources.map(newest));
if (!givenDist && (builtAt === 0 || builtAt < changedAt)) {
  say(builtAt === 0 ? '[1/4] No build yet: building the site…' : '[1/4] Sources changed since the last build: building the site…');
  const code = await run('npx', ['astro', 'build']);
  if (code !== 0) fail('the build failed (see above); nothing was exported.');
} else {
  say(`[1/4] Using the existing build in ${path.relative(process.cwd(), dist) || '.'}`);
}
if (!existsSync(path.join(dist, 'print', 'index.html'))) fail(`${dist} has no print page; build the site first.`);

// 2. Serve it.
const port = await freePort(4450);
say(`[2/4] Serving the build on http://127.0.0.1:${port}`);
const preview = spawn('npx', ['astro', 'preview', '--port', String(port), '--host', '127.0.0.1', '--outDir', dist, '--ignore-lock'], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'pipe'],
  detached: true,
});
let previewErrors = '';
preview.stderr.on('data', (chunk) => (previewErrors += chunk));
const stopPreview = () => {
  try {
    if (preview.pid !== undefined) process.kill(-preview.pid, 'SIGTERM');
  } catch {
    // already gone
  }
};
process.on('exit', stopPreview);
process.on('SIGINT', () => process.exit(130));

const base = `http://127.0.0.1:${port}`;
if (!(await waitFor(`${base}/print`, 60_000))) fail(`the preview server did not start.\n${previewErrors}`);

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
