// public/_headers (Netlify, Cloudflare Pages) parses, and every route of the
// site gets exactly one framing policy: none for site pages, any ancestor for
// /embed/*. Routes come from src/pages, so a new page without a rule fails here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, relative } from 'node:path';
import { headersFor, parseHeadersFile, patternMatches } from '../../fixtures/headers-file.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const { rules, errors } = parseHeadersFile(readFileSync(join(root, 'public/_headers'), 'utf8'));

/** Each page file under src/pages as a URL a visitor opens ([param] -> a sample segment), with and without the trailing slash. */
function routePaths(): string[] {
  const pagesDir = join(root, 'src/pages');
  const files = readdirSync(pagesDir, { recursive: true, encoding: 'utf8' }).filter((file) => /\.(astro|md|mdx)$/.test(file));
  const paths = new Set<string>();
  for (const file of files) {
    const route = relative(pagesDir, join(pagesDir, file)).replace(/\\/g, '/').replace(/\.(astro|md|mdx)$/, '').replace(/\[[^\]]+\]/g, 'sample');
    const path = `/${route}`.replace(/\/index$/, '/').replace(/^\/404$/, '/404.html');
    paths.add(path);
    if (path !== '/' && !path.endsWith('.html')) paths.add(path.endsWith('/') ? path.slice(0, -1) : `${path}/`);
  }
  return [...paths].sort();
}

test('the file parses: patterns, then indented Name: value lines', () => {
  assert.deepEqual(errors, []);
  assert.ok(rules.length > 5);
  for (const rule of rules) assert.ok(rule.headers.length > 0, `line ${rule.line}: ${rule.pattern} sets no header`);
  // Cloudflare Pages: at most 100 rules, 2,000 characters a line.
  assert.ok(rules.length <= 100);
  for (const rule of rules) for (const { value } of rule.headers) assert.ok(value.length < 1_900, `${rule.pattern}: a header line too long for Cloudflare`);
});

test('patterns match as the hosts match them', () => {
  assert.equal(patternMatches('/slides/*', '/slides/12'), true);
  assert.equal(patternMatches('/slides/*', '/slides'), false);
  assert.equal(patternMatches('/embed/*', '/embed/exercises/fold-a-stream/'), true);
  assert.equal(patternMatches('/', '/read'), false);
  assert.equal(patternMatches('/exercises/:id', '/exercises/a/b'), false);
});

test('every route has exactly one CSP and framing policy: none for site pages, any ancestor for embeds', () => {
  const paths = routePaths();
  assert.ok(paths.includes('/embed/playground') && paths.includes('/slides/sample'), paths.join(' '));
  for (const path of paths) {
    const headers = headersFor(rules, path);
    const csp = headers.get('content-security-policy') ?? [];
    assert.equal(csp.length, 1, `${path}: ${csp.length} Content-Security-Policy rules match (the host would join them)`);
    const frameAncestors = /frame-ancestors ([^;]+)/.exec(csp[0])?.[1]?.trim();
    const xfo = headers.get('x-frame-options') ?? [];
    if (path.startsWith('/embed/')) {
      assert.equal(frameAncestors, '*', path);
      assert.deepEqual(xfo, [], `${path}: X-Frame-Options would stop trainers' pages from embedding it`);
    } else {
      assert.equal(frameAncestors, "'none'", path);
      assert.deepEqual(xfo, ['DENY'], path);
    }
    assert.deepEqual(headers.get('x-content-type-options'), ['nosniff'], path);
    assert.equal(headers.get('referrer-policy')?.length, 1, path);
  }
});

test('the policies keep the site closed to other hosts', () => {
  for (const rule of rules) {
    const csp = rule.headers.find((header) => header.name === 'Content-Security-Policy')?.value;
    if (!csp) continue;
    assert.match(csp, /connect-src 'self'/, rule.pattern);
    assert.match(csp, /object-src 'none'/, rule.pattern);
    assert.doesNotMatch(csp, /script-src [^;]*'unsafe-inline'/, `${rule.pattern}: script-src must not allow inline scripts`);
  }
});
