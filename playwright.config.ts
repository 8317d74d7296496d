import { defineConfig, devices } from '@playwright/test';

// Tests run against the production build (`astro build`, then `astro preview`),
// the same files a visitor gets. Debian's Chromium: Playwright cannot download
// a browser on these machines.
// Ports can be moved (E2E_PORT) so two checkouts can run their suites side by side.
const PORT = Number(process.env.E2E_PORT ?? 4322);
/** A second origin, for pages that embed the site in an iframe. */
const OTHER_ORIGIN_PORT = PORT + 1;
process.env.OTHER_ORIGIN ??= `http://127.0.0.1:${OTHER_ORIGIN_PORT}`;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
  ],
  webServer: [
    {
      // --ignore-lock: the suite runs even while `npm start` serves the site.
      command: `npx astro preview --port ${PORT} --host 127.0.0.1 --ignore-lock`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `node tests/fixtures/other-origin-server.mjs ${OTHER_ORIGIN_PORT}`,
      env: { SITE_PORT: String(PORT) },
      url: `http://127.0.0.1:${OTHER_ORIGIN_PORT}/health`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
  ],
});
