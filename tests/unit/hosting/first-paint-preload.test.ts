// The page module that draws the first moment, and what it imports, are asked
// for at once with high priority (integrations/first-paint-preload.mjs), not
// after the stylesheets: the built page must list them in its head, the whole
// static import graph and nothing it imports lazily.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withExampleFiles, withFirstPaintPreloads } from '../../../integrations/first-paint-preload.mjs';

const ENTRY = '/_astro/PlaygroundApp.astro_astro_type_script_index_0_lang.Ab1.js';
const page = (body: string) => `<html><head><link rel="stylesheet" href="/_astro/a.css"></head><body>${body}</body></html>`;
const modules: Record<string, string> = {
  [ENTRY]: 'const __vite__mapDeps=0;\nimport{a as e}from"./shared.X1.js";import"./side.Y2.js";const f=()=>import("./editor.Z3.js");',
  '/_astro/shared.X1.js': 'export{b as a}from"./deep.W4.js";',
  '/_astro/side.Y2.js': 'import{a}from"./shared.X1.js";',
  '/_astro/deep.W4.js': 'export const b=1;',
  '/_astro/editor.Z3.js': 'throw new Error("a lazy module is never read")',
};
const read = async (src: string) => modules[src] ?? assert.fail(`read ${src}, which the entry does not import statically`);

test('the first-paint module and its static imports, transitively, are preloaded at high priority in the head', async () => {
  const html = await withFirstPaintPreloads(page(`<script type="module" src="${ENTRY}"></script>`), read);
  const head = html.slice(0, html.indexOf('</head>'));
  const preloaded = [...head.matchAll(/<link rel="modulepreload" href="([^"]+)" fetchpriority="high">/g)].map((m) => m[1]);
  assert.deepEqual(preloaded, [ENTRY, '/_astro/shared.X1.js', '/_astro/deep.W4.js', '/_astro/side.Y2.js']);
  assert.equal(await withFirstPaintPreloads(html, read), html, 'a second run adds nothing');
});

test('pages without a first-paint module (a slide, the home page) are left as they are', async () => {
  const html = page('<script type="module" src="/_astro/ThemeToggle.astro_astro_type_script_index_0_lang.C1.js"></script>');
  assert.equal(await withFirstPaintPreloads(html, read), html);
});

test("the playground's example files are listed by example, read off its modules, for the inline preload", async () => {
  const html = '<body><script type="application/json" id="pg-example-files">{"default":"counter","files":{}}</script></body>';
  const chunks: Record<string, string> = {
    '/_astro/app.A1.js': 'const g={"../../../playground/examples/counter/domain.ts":()=>x(()=>import(`./domain.C1.js`).then(e=>e.default),[]),' +
      '"../../../playground/examples/counter/events.json":()=>x(()=>import(`./events.C2.js`).then(e=>e.default),[]),' +
      '"../../../playground/examples/bank-account/domain.ts":()=>import("./domain.B1.js")};',
    '/_astro/other.B2.js': 'export const nothing=1;',
  };
  const out = await withExampleFiles(html, Object.keys(chunks), async (src) => chunks[src] ?? '');
  const json = /id="pg-example-files">(.*?)<\/script>/.exec(out)?.[1] ?? '';
  assert.deepEqual(JSON.parse(json), {
    default: 'counter',
    files: { counter: ['/_astro/domain.C1.js', '/_astro/events.C2.js'], 'bank-account': ['/_astro/domain.B1.js'] },
  });
  assert.equal(await withExampleFiles('<body>no playground</body>', [], async () => ''), '<body>no playground</body>');
});
