// Build the site when dist/ is missing or older than its sources, and serve it
// with `astro preview` on a free port: what `npm run shots` needs before a browser
// can look at the real pages.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

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
 * Builds into dist/ unless the build there is newer than every source.
 * @param {(text: string) => void} say
 * @returns {Promise<boolean>} false when the build failed
 */
export async function buildIfNeeded(say) {
  const dist = path.join(root, 'dist');
  const marker = path.join(dist, 'index.html');
  const sources = ['slides', 'src', 'playground', 'chapters', 'public', 'integrations', 'astro.config.mjs', 'package.json'].map((p) => path.join(root, p));
  const builtAt = existsSync(marker) ? statSync(marker).mtimeMs : 0;
  if (builtAt > 0 && builtAt >= Math.max(...sources.map(newest))) {
    say('Using the existing build in dist/');
    return true;
  }
  say(builtAt === 0 ? 'No build yet: building the site…' : 'Sources changed since the last build: building the site…');
  return (await run('npx', ['astro', 'build'])) === 0;
}

/**
 * @param {number} from
 * @returns {Promise<number>}
 */
export function freePort(from) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(freePort(from + 1)));
    server.listen(from, '127.0.0.1', () => server.close(() => resolve(from)));
  });
}

/**
 * Serves dist/ until `stop()`; resolves once the home page answers.
 * @param {number} port
 * @param {string} [outDir] another build than dist/
 * @returns {Promise<{ base: string, stop: () => void }>}
 */
export async function serve(port, outDir) {
  const dirArgs = outDir ? ['--outDir', outDir] : [];
  const preview = spawn('npx', ['astro', 'preview', '--port', String(port), '--host', '127.0.0.1', '--ignore-lock', ...dirArgs], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  });
  let errors = '';
  preview.stderr.on('data', (chunk) => (errors += chunk));
  const stop = () => {
    try {
      if (preview.pid !== undefined) process.kill(-preview.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  process.on('exit', stop);
  const base = `http://127.0.0.1:${port}`;
  const until = Date.now() + 60_000;
  while (Date.now() < until) {
    try {
      if ((await fetch(`${base}/`)).ok) return { base, stop };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  stop();
  throw new Error(`the preview server did not start on port ${port}.\n${errors}`);
}
