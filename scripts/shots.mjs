// `npm run shots`: screenshots of every page, to look at the site as a visitor
// would, at a projector's 1920×1080, a laptop's 1280×720 and a 390×844 phone,
// in the light and the dark theme (the system preference, as a first visit).
//
// Builds when needed, serves dist/, and writes shots/<theme>/<size>/<page>.png
// (shots/ is git-ignored). Every route of the README's routes table is visited,
// with every slide and every exercise (read from the build, so a new one is
// included without editing this file). Usage:
//   npm run shots                       -> every page, both themes, three sizes
//   npm run shots -- home slides-03     -> only pages whose file name starts with one of these
//                                          (home, slides-NN, read, playground, exercises-ID, 404, …)
//   npm run shots -- --theme dark --size 390x844
//   SHOTS_PORT=4460 npm run shots       -> serve on another port (default: the first free from 4460)
//   npm run shots -- --dist DIR         -> shoot an existing build in DIR (no rebuild check)
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { buildIfNeeded, freePort, root, serve } from './serve-build.mjs';

const SIZES = [
  { name: '1920x1080', width: 1920, height: 1080 },
  { name: '1280x720', width: 1280, height: 720 },
  { name: '390x844', width: 390, height: 844 },
];
const THEMES = /** @type {const} */ (['light', 'dark']);

const args = process.argv.slice(2);
/** @param {string} name */
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const onlyTheme = option('--theme');
const onlySize = option('--size');
const givenDist = option('--dist');
const dist = givenDist ? path.resolve(process.cwd(), givenDist) : path.join(root, 'dist');
const filters = args.filter((a) => !a.startsWith('--'));
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const out = path.join(root, 'shots');

/** @param {string} text */
const say = (text) => process.stdout.write(`${text}\n`);

/** Numbered subfolders of a built route (dist/slides/1, dist/exercises/<id>, …). */
function builtChildren(/** @type {string} */ route) {
  const dir = path.join(dist, route);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, 'index.html')))
    .map((d) => d.name)
    .sort((a, b) => (Number(a) - Number(b)) || a.localeCompare(b));
}

/**
 * Every page to shoot: a file name and a path. `ready` is a selector the page
 * shows once it has done its work (the playground's fold, a demo's first paint).
 * @returns {{ name: string, path: string, ready?: string }[]}
 */
function pages() {
  const slides = builtChildren('slides');
  const exercises = builtChildren('exercises');
  const pad = String(slides.length).length;
  return [
    { name: 'home', path: '/' },
    ...slides.map((n) => ({ name: `slides-${n.padStart(pad, '0')}`, path: `/slides/${n}?step=999` })),
    { name: 'presenter-1', path: '/presenter/1' },
    { name: 'read', path: '/read' },
    { name: 'print', path: '/print' },
    { name: 'playground', path: '/playground?example=bank-account', ready: '.pg[data-ready="true"]' },
    { name: 'exercises', path: '/exercises' },
    ...exercises.map((id) => ({ name: `exercises-${id}`, path: `/exercises/${id}` })),
    ...exercises.slice(0, 1).map((id) => ({ name: `embed-exercises-${id}`, path: `/embed/exercises/${id}` })),
    { name: 'embed-playground', path: '/embed/playground?example=counter', ready: '.pg[data-ready="true"]' },
    { name: 'workshop', path: '/workshop' },
    { name: '404', path: '/slides/0' },
  ].filter((p) => filters.length === 0 || filters.some((f) => p.name.startsWith(f)));
}

if (!existsSync(chromiumPath)) {
  process.stderr.write(`shots: Chromium was not found at ${chromiumPath}; set CHROMIUM_PATH.\n`);
  process.exit(1);
}
if (!givenDist && !(await buildIfNeeded(say))) {
  process.stderr.write('shots: the build failed (see above).\n');
  process.exit(1);
}
const port = process.env.SHOTS_PORT ? Number(process.env.SHOTS_PORT) : await freePort(4460);
const server = await serve(port, givenDist ? dist : undefined);
say(`Serving the build on ${server.base}`);

const { chromium } = await import('@playwright/test');
const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu'] });
const list = pages();
const sizes = SIZES.filter((s) => !onlySize || s.name === onlySize);
const themes = THEMES.filter((t) => !onlyTheme || t === onlyTheme);
let written = 0;
const problems = [];
try {
  for (const theme of themes) {
    for (const size of sizes) {
      const dir = path.join(out, theme, size.name);
      mkdirSync(dir, { recursive: true });
      const context = await browser.newContext({
        viewport: { width: size.width, height: size.height },
        colorScheme: theme,
        isMobile: size.width < 500,
        hasTouch: size.width < 500,
        deviceScaleFactor: 1,
        serviceWorkers: 'block',
      });
      const page = await context.newPage();
      for (const p of list) {
        try {
          const response = await page.goto(`${server.base}${p.path}`, { waitUntil: 'load' });
          if (!response || (response.status() >= 400 && p.name !== '404')) problems.push(`${p.path}: HTTP ${response?.status()}`);
          if (p.ready) await page.waitForSelector(p.ready, { state: 'attached', timeout: 40_000 });
          await page.evaluate(() => document.fonts.ready);
          // Two frames: whatever the page's scripts set up on load has been painted.
          await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
          await page.screenshot({ path: path.join(dir, `${p.name}.png`), animations: 'disabled' });
          written += 1;
        } catch (error) {
          problems.push(`${p.path} (${theme}, ${size.name}): ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
        }
      }
      await context.close();
      say(`${theme} ${size.name}: ${list.length} pages`);
    }
  }
} finally {
  await browser.close();
  server.stop();
}
say(`Wrote ${written} screenshots to ${path.relative(process.cwd(), out) || out}/`);
if (problems.length > 0) {
  process.stderr.write(`shots: ${problems.length} page(s) could not be shot:\n  ${problems.join('\n  ')}\n`);
  process.exit(1);
}
process.exit(0);
