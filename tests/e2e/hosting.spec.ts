// public/_headers as a host applies it: every built page's CSP header is the
// policy of its <meta> tag plus frame-ancestors; site pages refuse to be
// framed by another site, embeds do not, and pages work under the header.
import { test, expect, type Page } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { headersFor, parseHeadersFile, withoutFrameAncestors } from '../fixtures/headers-file.ts';
import { serveWithHeaders } from '../fixtures/headers-server.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = join(root, 'dist');
const { rules } = parseHeadersFile(readFileSync(join(root, 'public/_headers'), 'utf8'));
const OTHER_ORIGIN = process.env.OTHER_ORIGIN ?? 'http://127.0.0.1:4323';

function decodeEntities(text: string): string {
  return text.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

test('every built page\'s CSP header is its <meta> policy, plus frame-ancestors', () => {
  const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
  expect(pages.length).toBeGreaterThan(50);
  for (const file of pages) {
    const html = readFileSync(join(dist, file), 'utf8');
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    expect(meta, `${file} has a CSP <meta> tag`).toBeDefined();
    const path = `/${file.replace(/\\/g, '/')}`.replace(/index\.html$/, '');
    for (const variant of path === '/' || path.endsWith('.html') ? [path] : [path, path.replace(/\/$/, '')]) {
      const csp = headersFor(rules, variant).get('content-security-policy') ?? [];
      expect(csp, `${variant}: one CSP rule`).toHaveLength(1);
      expect(withoutFrameAncestors(csp[0]), variant).toBe(withoutFrameAncestors(decodeEntities(meta ?? '')));
    }
  }
});

test.describe('served with the headers', () => {
  let site: Awaited<ReturnType<typeof serveWithHeaders>>;
  test.beforeAll(async () => {
    site = await serveWithHeaders(dist, rules);
  });
  test.afterAll(async () => site.close());

  /** A trainer's page on another site that frames `path` of the site. */
  async function frameFromOtherSite(page: Page, path: string): Promise<void> {
    await page.goto(`${OTHER_ORIGIN}/host?src=${encodeURIComponent(site.origin + path)}`);
  }

  test('the playground and a slide work under the header CSP', async ({ page }) => {
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.goto(`${site.origin}/playground?example=counter`);
    await expect(page.locator('.pg[data-ready="true"]')).toBeAttached({ timeout: 40_000 });
    await expect(page.getByRole('region', { name: 'State', exact: true }).locator('.tree li').first()).toBeVisible();
    await page.goto(`${site.origin}/slides/1`);
    await expect(page.locator('section.slide')).toHaveAttribute('data-n', '1');
    expect(violations).toEqual([]);
  });

  test('another site cannot frame a site page', async ({ page }) => {
    const refused = page.waitForEvent('console', (message) => /frame-ancestors/.test(message.text()));
    await frameFromOtherSite(page, '/playground');
    await refused;
    await expect(page.frameLocator('iframe').locator('.pg')).toHaveCount(0);
  });

  test('another site can frame an embed', async ({ page }) => {
    await frameFromOtherSite(page, '/embed/playground?example=counter');
    await expect(page.frameLocator('iframe').locator('.pg[data-ready="true"]')).toBeAttached({ timeout: 40_000 });
  });
});
