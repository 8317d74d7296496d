/**
 * Leaving an editor with Escape. Monaco keeps Tab for indenting, so Escape is
 * the way out; it must go *forward*, to the first control after the editor in
 * Tab order. Sending focus to something before the editor (a tab list above
 * it) would trap keyboard users: their next Tab lands back in the editor.
 */
const FOCUSABLE = [
  'a[href]',
  'area[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  'iframe',
  'summary',
  '[contenteditable=""]',
  '[contenteditable="true"]',
  '[tabindex]',
].join(',');

function reachable(el: HTMLElement): boolean {
  if (el.tabIndex < 0 || el.closest('[inert]')) return false;
  // checkVisibility covers display:none, [hidden] ancestors and visibility:hidden.
  return el.checkVisibility({ visibilityProperty: true });
}

/**
 * The first control after `host` that Tab would reach, skipping everything
 * inside `host` (Monaco's own textarea and widgets). Past the last control it
 * wraps to the first, as Tab does, so Escape always leaves the editor.
 */
export function nextFocusable(host: HTMLElement): HTMLElement | null {
  const all = [...document.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => !host.contains(el) && reachable(el));
  const after = all.find((el) => host.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
  return after ?? all[0] ?? null;
}

/** Moves focus forward out of the editor in `host`; true if it went somewhere. */
export function leaveEditor(host: HTMLElement): boolean {
  const target = nextFocusable(host);
  target?.focus();
  return target !== null;
}
