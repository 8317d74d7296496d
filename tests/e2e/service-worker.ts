// The site's service worker stays off in automated browsers unless a test asks
// for it (src/components/presenter/client/register-sw.ts). The attack tests ask:
// they run against the site as a visitor gets it, caches and all.
import type { BrowserContext } from '@playwright/test';

export async function withSiteServiceWorker(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => ((window as { __esServiceWorker?: boolean }).__esServiceWorker = true));
}
