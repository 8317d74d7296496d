// A reveal.js deck built from the talk's own slides (slides/*.mdx): the same
// titles, headings, list items and paragraphs, with a fragment wherever our
// deck has a step (<Steps> list items, data-step blocks, live demos). It is
// the side-by-side anchor of bench/suites/10-deck.mjs: same content, same
// browser, same key presses. Components (diagrams, quotes' markup) become
// their text only: the anchor measures stepping, not our design.
//
// Written to a temporary folder and served by a small static server.
import { copyFile, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';

const REVEAL = resolve('node_modules/reveal.js/dist');

/** @param {string} s */
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** Markdown inline marks down to their text. @param {string} s */
const plain = (s) => s.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_`]/g, '').trim();

/**
 * One slide as a reveal.js <section>.
 * @param {string} mdx
 * @returns {{ html: string, fragments: number }}
 */
export function revealSection(mdx) {
  const front = /^---\n([\s\S]*?)\n---\n/.exec(mdx);
  const title = /^title:\s*"?(.*?)"?\s*$/m.exec(front?.[1] ?? '')?.[1] ?? '';
  const body = mdx.slice(front ? front[0].length : 0).split('\n');
  /** @type {string[]} */
  const out = [];
  let fragments = 0;
  let inSteps = false;
  let inList = false;
  let inTag = false; // inside a component's multi-line opening tag (attributes are not text)
  let stepDepth = 0;
  /** @type {string[] | null} */
  let code = null; // lines of a fenced code block, kept as they are
  const closeList = () => {
    if (inList) out.push('</ul>');
    inList = false;
  };
  for (const raw of body) {
    const line = raw.trim();
    if (line.startsWith('```')) {
      if (code) {
        out.push(`<pre><code>${esc(code.join('\n'))}</code></pre>`);
        code = null;
      } else {
        closeList();
        code = [];
      }
      continue;
    }
    if (code) {
      code.push(raw);
      continue;
    }
    if (inTag) {
      if (/\/?>$/.test(line)) inTag = false;
      continue;
    }
    if (!line || line.startsWith('import ')) continue;
    if (line === '<Steps>') {
      inSteps = true;
      continue;
    }
    if (line === '</Steps>') {
      inSteps = false;
      closeList();
      continue;
    }
    if (/^[-*] /.test(line)) {
      if (!inList) out.push('<ul>');
      inList = true;
      out.push(inSteps ? '<li class="fragment">' : '<li>', esc(plain(line.slice(2))), '</li>');
      if (inSteps) fragments += 1;
      continue;
    }
    closeList();
    if (/^<div\b[^>]*data-step/.test(line)) {
      out.push('<div class="fragment">');
      fragments += 1;
      stepDepth += 1;
    } else if (line === '</div>' && stepDepth > 0) {
      out.push('</div>');
      stepDepth -= 1;
    } else if (/^<Demo\b/.test(line)) {
      out.push(`<p class="fragment">Live demo: ${esc(/id="([^"]*)"/.exec(line)?.[1] ?? '')}</p>`);
      fragments += 1;
    } else if (line.startsWith('<') || line.startsWith('{') || line.startsWith('/>')) {
      // A component: keep the text between its tags on one line (<Big>text</Big>), skip its attributes.
      const inner = />([^<]+)</.exec(line)?.[1];
      if (inner) out.push(`<p>${esc(plain(inner))}</p>`);
      if (!/>\s*$/.test(line) && !/>[^<]*<\//.test(line)) inTag = true;
    } else if (line.startsWith('#')) out.push(`<h2>${esc(plain(line.replace(/^#+/, '')))}</h2>`);
    else out.push(`<p>${esc(plain(line))}</p>`);
  }
  closeList();
  return { html: `<section data-title="${esc(title)}">\n${out.join('\n')}\n</section>`, fragments };
}

/**
 * Writes the deck and serves it. Stop the server and remove the folder when done.
 * @returns {Promise<{ base: string, slides: number, fragments: number, stop: () => Promise<void> }>}
 */
export async function serveRevealDeck() {
  const dir = await mkdtemp(join(tmpdir(), 'reveal-deck-'));
  const files = (await readdir('slides')).filter((f) => f.endsWith('.mdx')).sort();
  const sections = await Promise.all(files.map(async (f) => revealSection(await readFile(join('slides', f), 'utf8'))));
  await mkdir(join(dir, 'theme'));
  await copyFile(join(REVEAL, 'reveal.js'), join(dir, 'reveal.js'));
  await copyFile(join(REVEAL, 'reveal.css'), join(dir, 'reveal.css'));
  await copyFile(join(REVEAL, 'theme', 'white.css'), join(dir, 'theme', 'white.css'));
  await writeFile(
    join(dir, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Event Sourcing (reveal.js)</title>
<link rel="stylesheet" href="/reveal.css"><link rel="stylesheet" href="/theme/white.css"></head>
<body><div class="reveal"><div class="slides">
${sections.map((s) => s.html).join('\n')}
</div></div><script src="/reveal.js"></script><script>Reveal.initialize({ hash: true });</script></body></html>\n`,
  );
  /** @type {Record<string, string>} */
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(dir, path === '/' ? 'index.html' : path);
    readFile(file).then(
      (body) => res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(body),
      () => res.writeHead(404).end('not found'),
    );
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(undefined)));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    base: `http://127.0.0.1:${port}`,
    slides: sections.length,
    fragments: sections.reduce((a, s) => a + s.fragments, 0),
    stop: async () => {
      await new Promise((ok) => server.close(() => ok(undefined)));
      await rm(dir, { recursive: true, force: true });
    },
  };
}
