/**
 * Which deck action a key press asks for, and whether the deck may take it at
 * all. Pure (no DOM globals) so the mapping is unit-tested in Node.
 *
 * A presenter's clicker sends PageUp/PageDown (some send "." for blackout), so
 * those are first-class. Keys with Ctrl/Alt/Meta belong to the browser.
 */
export type DeckAction =
  | 'next'
  | 'prev'
  | 'first'
  | 'last'
  | 'overview'
  | 'goto'
  | 'presenter'
  | 'fullscreen'
  | 'blackout'
  | 'help';

export interface KeyPress {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
}

export function actionForKey(e: KeyPress): DeckAction | null {
  if (e.ctrlKey || e.altKey || e.metaKey) return null;
  switch (e.key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
      return 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return 'prev';
    case ' ':
    case 'Spacebar':
      return e.shiftKey ? 'prev' : 'next';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case '?':
      return 'help';
  }
  if (e.shiftKey) return null; // Shift+O is not o.
  switch (e.key) {
    case 'o':
      return 'overview';
    case 'g':
      return 'goto';
    case 's':
      return 'presenter';
    case 'f':
      return 'fullscreen';
    case 'b':
    case '.':
      return 'blackout';
  }
  return null;
}

/**
 * Elements whose keys are their own: form fields, editors (Monaco renders a
 * textarea inside .monaco-editor), contenteditable, and anything a live demo
 * wraps in data-deck-keys="ignore".
 */
export const KEY_OWNERS =
  'input, textarea, select, [contenteditable]:not([contenteditable="false"]), .monaco-editor, [data-deck-keys="ignore"]';

/** Where a focused element is hidden: its dialog has just closed. */
export const CLOSED_DIALOG = 'dialog:not([open])';

/** Space and Enter on a focused control activate that control, not the deck. */
export const ACTIVATABLE = 'button, a[href], summary, [role="button"], [role="link"], [role="checkbox"], [role="switch"]';

export interface ClosestCapable {
  closest(selector: string): unknown;
}

export function deckMayTake(key: string, target: ClosestCapable | null): boolean {
  if (!target) return true;
  // Focus leaves a field in a closed dialog only at the next frame; until then the field is gone, not typing.
  if (target.closest(CLOSED_DIALOG)) return true;
  if (target.closest(KEY_OWNERS)) return false;
  if ((key === ' ' || key === 'Enter') && target.closest(ACTIVATABLE)) return false;
  return true;
}
