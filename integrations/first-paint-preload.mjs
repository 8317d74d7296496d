// @ts-check
/**
 * The module that paints a page's first moment (the playground's, an
 * exercise's) is fetched at once, with the modules it imports, instead of
 * after the stylesheets.
 *
 * Why: Chromium holds back low-priority requests while the head's
 * stylesheets load, and a module script is low priority. Measured on
 * /playground at 20 Mbit/s and 40 ms (bench/suites/42-first-paint.mjs): the
 * HTML was in at 60 ms, the page's module was only requested at 200 ms, and
 * its imports one round trip after that, at 270 ms. A `modulepreload` link
 * with `fetchpriority="high"` for the module and each module it statically
 * imports starts all of them while the stylesheets load.
 *
 * Runs when the build is done, before the service worker integration
 * precaches the pages (it must see the final HTML).
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** The components whose client script draws the page's first moment. */
export const FIRST_PAINT_SCRIPT = /^\/_astro\/(PlaygroundApp|ExerciseApp)\.astro_astro_type_script_index_\d+_lang\.[\w-]+\.js$/;

const MODULE_SCRIPT = /<script type="module" src="(\/_astro\/[^"]+\.js)"><\/script>/g;
/** Static imports and re-exports in a built chunk: `import{a as b}from"./x.js"`, `import"./x.js"`; never `import("./x.js")`. */
const STATIC_IMPORT = /\b(?:import|export)\s*(?:\{[^}]*\}|\*\s*as\s+[\w$]+|[\w$]+)?\s*(?:from)?\s*["'](\.\/[^"']+\.js)["']/g;

/**
 * The page with a high-priority modulepreload for each first-paint module and
 * the modules it imports statically (transitively), in the order they are met.
 * @param {string} html
 * @param {(src: string) => Promise<string>} readModule the built module at a site path (`/_astro/x.js`)
 * @returns {Promise<string>}
 */
export async function withFirstPaintPreloads(html, readModule) {
  const entries = [...html.matchAll(MODULE_SCRIPT)].map((m) => m[1] ?? '').filter((src) => FIRST_PAINT_SCRIPT.test(src));
  // Already done (a second run over the same build): nothing to add.
  if (entries.length === 0 || entries.every((src) => html.includes(`<link rel="modulepreload" href="${src}"`))) return html;
  /** @type {string[]} */
  const order = [];
  /** @param {string} src */
  const visit = async (src) => {
    if (order.includes(src)) return;
    order.push(src);
    const code = await readModule(src);
    for (const match of code.matchAll(STATIC_IMPORT)) {
      await visit(path.posix.join(path.posix.dirname(src), match[1] ?? ''));
    }
  };
  for (const entry of entries) await visit(entry);
  const links = order.map((src) => `<link rel="modulepreload" href="${src}" fetchpriority="high">`).join('');
  const withFiles = await withExampleFiles(html, order, readModule);
  return withFiles.replace('</head>', `${links}</head>`);
}

/** The playground's lazy example files in a built chunk: `"../../../playground/examples/ID/domain.ts":()=>x(()=>import(`./domain.H.js`)`. */
const EXAMPLE_FILE = /"(?:\.\.\/)+playground\/examples\/([\w-]+)\/(?:domain\.ts|events\.json)":\s*\(\)\s*=>\s*(?:[\w$]+\(\s*(?:async\s*)?\(\)\s*=>\s*)?import\(\s*["'`](\.\/[^"'`]+\.js)["'`]\s*\)/g;
/** The page's placeholder (PlaygroundApp.astro): the default example, and no files yet. */
const EXAMPLE_FILES_SCRIPT = /(<script type="application\/json" id="pg-example-files">)(.*?)(<\/script>)/;

/**
 * Fills the playground's #pg-example-files with each example's code and
 * events chunks, read off the page's own modules, so its inline script
 * (examplePreloadScript) can preload the ones ?example= picks.
 * @param {string} html
 * @param {string[]} modules the page's first-paint modules, site paths
 * @param {(src: string) => Promise<string>} readModule
 * @returns {Promise<string>}
 */
export async function withExampleFiles(html, modules, readModule) {
  const placeholder = EXAMPLE_FILES_SCRIPT.exec(html);
  if (!placeholder) return html;
  /** @type {Record<string, string[]>} */
  const files = {};
  for (const src of modules) {
    for (const match of (await readModule(src)).matchAll(EXAMPLE_FILE)) {
      const [, id = '', chunk = ''] = match;
      const url = path.posix.join(path.posix.dirname(src), chunk);
      if (!(files[id] ??= []).includes(url)) files[id].push(url);
    }
  }
  /** @type {{ default?: unknown }} */
  const data = JSON.parse(placeholder[2] ?? '{}');
  const json = JSON.stringify({ ...data, files }).replace(/</g, '\\u003c');
  return html.replace(EXAMPLE_FILES_SCRIPT, (_, open, _old, close) => `${open}${json}${close}`);
}

/** @returns {import('astro').AstroIntegration} */
export default function firstPaintPreload() {
  return {
    name: 'event-sourcing-first-paint-preload',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        /** @type {Map<string, Promise<string>>} */
        const modules = new Map();
        /** @param {string} src */
        const readModule = (src) => {
          let text = modules.get(src);
          if (!text) modules.set(src, (text = readFile(path.join(root, src), 'utf8')));
          return text;
        };
        let pages = 0;
        const htmlPaths = (await readdir(root, { recursive: true })).filter((name) => name.endsWith('.html'));
        for (const file of htmlPaths.map((name) => path.join(root, name))) {
          const html = await readFile(file, 'utf8');
          const next = await withFirstPaintPreloads(html, readModule);
          if (/id="pg-example-files">[^<]*"files":\{\}/.test(next)) {
            logger.warn(`${path.relative(root, file)}: no example chunks found in its modules; the example's files load without a preload`);
          }
          if (next === html) continue;
          await writeFile(file, next);
          pages += 1;
        }
        logger.info(`first-paint modules preloaded on ${pages} pages`);
      },
    },
  };
}
