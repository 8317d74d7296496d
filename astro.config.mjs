// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

// A static site: every route is prerendered so any static host can serve it.
export default defineConfig({
  site: 'http://localhost:4321',
  output: 'static',
  trailingSlash: 'ignore',
  integrations: [mdx()],
  markdown: {
    shikiConfig: { themes: { light: 'github-light', dark: 'github-dark' } },
  },
  devToolbar: { enabled: false },
  server: { port: 4321, host: '127.0.0.1' },
  vite: {
    worker: { format: 'es' },
  },
});
