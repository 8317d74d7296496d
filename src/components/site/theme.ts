/**
 * Light/dark theme. The inline script in Base.astro applies a stored choice
 * before first paint; this module wires the toggle buttons. A toggle sets the
 * opposite of what is showing now (system or stored) and stores it.
 */
export type Theme = 'light' | 'dark';

const KEY = 'theme';

export function currentTheme(): Theme {
  const set = document.documentElement.getAttribute('data-theme');
  if (set === 'light' || set === 'dark') return set;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

function sync(): void {
  const dark = currentTheme() === 'dark';
  for (const b of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
    b.setAttribute('aria-pressed', String(dark));
  }
}

export function setTheme(theme: Theme): void {
  document.documentElement.setAttribute('data-theme', theme);
  try {
    localStorage.setItem(KEY, theme);
  } catch {
    // Storage may be off (private mode, policy): the choice lasts for this page.
  }
  sync();
}

let wired = false;

/** Idempotent: several components may call it on one page. */
export function initThemeToggles(): void {
  sync();
  if (wired) return;
  wired = true;
  document.addEventListener('click', (e) => {
    const button = e.target instanceof Element ? e.target.closest('[data-theme-toggle]') : null;
    if (button) setTheme(currentTheme() === 'dark' ? 'light' : 'dark');
  });
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', sync);
}
