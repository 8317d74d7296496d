// @ts-check
/**
 * Serves a built site from dist/ gzipped, as a static host or CDN sends it.
 * `astro preview` sends files uncompressed, which at an emulated 20 Mbit/s
 * would time the editor's 11 MB instead of the 2.7 MB a visitor downloads.
 * Clean URLs as the host serves them: /playground is playground/index.html,
 * and an unknown path gets 404.html.
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer as netServer } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = /** @type {Record<string, string>} */ ({
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
});
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.txt', '.svg', '.ttf', '.webmanifest']);

/** The first port from `from` upward that nothing listens on. @param {number} from @returns {Promise<number>} */
export function freePort(from) {
  return new Promise((ok) => {
    const probe = netServer();
    probe.once('error', () => ok(freePort(from + 1)));
    probe.listen(from, '127.0.0.1', () => probe.close(() => ok(from)));
  });
}

/** @param {string} root @param {string} pathname @returns {string | null} */
function fileFor(root, pathname) {
  const clean = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  for (const candidate of [clean, join(clean, 'index.html'), `${clean}.html`]) {
    const file = join(root, candidate);
    if (file.startsWith(root) && existsSync(file) && statSync(file).isFile()) return file;
  }
  return null;
}

/**
 * @param {string} root absolute path of the built site
 * @param {number} port
 * @returns {Promise<{ base: string, close: () => Promise<void> }>}
 */
export async function serveGzipped(root, port) {
  /** @type {Map<string, Buffer>} */
  const zipped = new Map();
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const found = fileFor(root, url.pathname);
    const file = found ?? join(root, '404.html');
    const type = extname(file);
    /** @type {Buffer} */
    let body = readFileSync(file);
    /** @type {Record<string, string>} */
    const headers = { 'content-type': TYPES[type] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
    if (COMPRESSIBLE.has(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
      const cached = zipped.get(file) ?? gzipSync(body, { level: 6 });
      zipped.set(file, cached);
      body = cached;
      headers['content-encoding'] = 'gzip';
    }
    response.writeHead(found ? 200 : 404, headers);
    response.end(body);
  });
  await new Promise((ok) => server.listen(port, '127.0.0.1', () => ok(undefined)));
  return {
    base: `http://127.0.0.1:${port}`,
    close: () => new Promise((ok) => server.close(() => ok(undefined))),
  };
}
