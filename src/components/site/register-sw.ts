/**
 * Registers /sw.js and offers a waiting new version. The worker precaches
 * the build (the editor is cached when first used), so after this page's
 * first visit the talk, playground and exercises work offline. `data-sw` on <html> says where registration is
 * ("ready" once a worker is active), for tests and curious people.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || window.self !== window.top) return;
  // Browsers driven by tests or the PDF export would download the whole site
  // in every fresh profile; the offline test opts in with this flag.
  if (navigator.webdriver && !(window as { __esServiceWorker?: boolean }).__esServiceWorker) return;
  const root = document.documentElement;
  const notice = document.getElementById('sw-notice');

  function offer(waiting: ServiceWorker): void {
    if (!notice) return;
    notice.hidden = false;
    // Assigned, not added: a second new version offered in the same visit replaces the first.
    const reload = document.getElementById('sw-reload');
    if (reload) reload.onclick = () => waiting.postMessage({ type: 'SKIP_WAITING' }); // Workbox's worker then calls skipWaiting().
    const later = document.getElementById('sw-later');
    if (later) later.onclick = () => (notice.hidden = true);
  }

  let reloading = false;
  // Whether a worker controlled the page before this change, updated on every
  // change: a first visit is claimed silently, and a new version that takes
  // over later in the same visit (someone pressed Reload, here or in the
  // presenter's other window) reloads so no page runs on files it did not load.
  let controlled = navigator.serviceWorker.controller !== null;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    const replaced = controlled;
    controlled = true;
    if (!replaced || reloading) return;
    reloading = true;
    location.reload();
  });

  const start = () => {
    navigator.serviceWorker
      .register('/sw.js')
      .then((registration) => {
        root.dataset.sw = 'registered';
        if (registration.waiting && navigator.serviceWorker.controller) offer(registration.waiting);
        registration.addEventListener('updatefound', () => {
          const installing = registration.installing;
          installing?.addEventListener('statechange', () => {
            if (installing.state === 'installed' && navigator.serviceWorker.controller) offer(installing);
          });
        });
        return navigator.serviceWorker.ready;
      })
      .then(() => {
        root.dataset.sw = 'ready';
      })
      .catch(() => {
        // No offline copy (private mode, blocked): the site still works online.
        root.dataset.sw = 'unavailable';
      });
  };
  // After the page has settled: downloading the whole site must not compete with this page's own loading.
  const later = () => setTimeout(() => (window.requestIdleCallback ?? ((f: () => void) => f()))(start), 1500);
  if (document.readyState === 'complete') later();
  else window.addEventListener('load', later, { once: true });
}
