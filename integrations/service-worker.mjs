// @ts-check
/**
 * Offline after one visit: when the build is done, Workbox's generateSW
 * writes dist/sw.js, which precaches every page, script, style and worker of
 * the build (a speaker at a venue whose Wi-Fi fails still has the talk, the
 * playground and the exercises). We use Workbox rather than hand-written
 * caching: revisioned precache, cleanup of old caches and update flow are
 * its well-tested job.
 *
 * The editor is the exception: Monaco's files (about 11 MB) are not precached
 * but cached the first time a page uses them. Phones never load Monaco (they
 * get a plain editor), so precaching it would spend their data on nothing;
 * on a laptop, opening the playground once makes the editor work offline, and
 * without it the playground still works offline with the plain editor.
 *
 * Pages are built as `slides/2/index.html` but linked as `/slides/2`, so each
 * page is precached under its clean URL too. Query parameters that only pick
 * a view of the same page (?step, ?example, ?steps) are ignored when matching.
 *
 * Updates: a new sw.js installs in the background and *waits*; the page shows
 * "A new version is ready — Reload" (components/site/ServiceWorker.astro)
 * and only then tells it to take over. A speaker mid-talk is never switched to
 * new files under a running page, and nobody runs a stale version for long.
 */
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { generateSW } from 'workbox-build';
import { EDITOR_FILE, EDITOR_URL } from './editor-files.mjs';

/** @returns {import('astro').AstroIntegration} */
export default function serviceWorker() {
  return {
    name: 'event-sourcing-service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const globDirectory = fileURLToPath(dir);
        const { count, size, warnings } = await generateSW({
          globDirectory,
          swDest: path.join(globDirectory, 'sw.js'),
          globPatterns: ['**/*.{html,js,mjs,css,svg,png,jpg,webp,woff,woff2,ttf,json,txt,ico,webmanifest}'],
          globIgnores: ['sw.js', 'workbox-*.js'],
          // Monaco's files are left out below, by name; no other file comes near this size.
          maximumFileSizeToCacheInBytes: 12 * 1024 * 1024,
          ignoreURLParametersMatching: [/^utm_/, /^fbclid$/, /^step$/, /^steps$/, /^example$/, /^embed$/],
          directoryIndex: 'index.html',
          manifestTransforms: [
            async (entries) => ({
              manifest: entries.filter((entry) => !EDITOR_FILE.test(entry.url)).flatMap((entry) => {
                const m = /^(.*)\/index\.html$/.exec(entry.url);
                // `slides/2/index.html` is requested as `/slides/2`; the home page stays `index.html` (directoryIndex).
                return m && m[1] ? [entry, { ...entry, url: m[1] }] : [entry];
              }),
              warnings: [],
            }),
          ],
          // Built file names carry a content hash, so a cached editor file never goes stale.
          runtimeCaching: [{
            urlPattern: EDITOR_URL,
            handler: 'CacheFirst',
            options: { cacheName: 'editor', expiration: { maxEntries: 30 } },
          }],
          cleanupOutdatedCaches: true,
          clientsClaim: true,
          skipWaiting: false,
          inlineWorkboxRuntime: true,
          mode: 'production',
          sourcemap: false,
        });
        for (const warning of warnings) logger.warn(warning);
        logger.info(`sw.js precaches ${count} files (${(size / 1024 / 1024).toFixed(1)} MB)`);
      },
    },
  };
}
