// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import serviceWorker from './integrations/service-worker.mjs';
import firstPaintPreload from './integrations/first-paint-preload.mjs';
import { siteUrl } from './site-url.mjs';

// A static site: every route is prerendered so any static host can serve it.
export default defineConfig({
  // The public URL (SITE_URL at build time; see site-url.mjs): the slides' QR codes encode it.
  site: siteUrl(process.env),
  output: 'static',
  trailingSlash: 'ignore',
  // firstPaintPreload rewrites pages, so it runs before serviceWorker precaches them.
  integrations: [mdx(), firstPaintPreload(), serviceWorker()],
  markdown: {
    // The "-default" GitHub themes: every token colour meets WCAG AA on its background
    // (plain github-light's orange and github-dark's comments do not).
    shikiConfig: { themes: { light: 'github-light-default', dark: 'github-dark-default' } },
  },
  devToolbar: { enabled: false },
  server: { port: 4321, host: '127.0.0.1' },
  vite: {
    worker: {
      format: 'es',
      // One file per worker: the runner starts inside an opaque-origin room
      // from a blob of its bytes (playground/runner/room.ts), where a chunk
      // imported from the site's URL would be a cross-origin module load.
      rolldownOptions: { output: { codeSplitting: false } },
    },
    // Keep every bundled script a file, never inlined into the HTML: the site's CSP
    // (src/components/security/Csp.astro) allows scripts from 'self' plus hashes of the
    // few hand-written inline ones, and an inlined bundle's text changes with each build.
    build: { assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined) },
  },
});
