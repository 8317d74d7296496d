/**
 * How keys and clicks reach the deck's actions: the deck keys (keys.ts),
 * the bar's buttons (data-deck-action), Previous/Next, and links to other
 * slides, which move in place instead of loading a page.
 */
import { anyDialogOpen } from './dialogs.ts';
import { actionForKey, deckMayTake, type DeckAction } from './keys.ts';
import { slideFromPath, stepFromSearch } from './steps.ts';

export interface DeckInput {
  actions: Record<DeckAction, () => void>;
  blackout(): boolean;
  toggleBlackout(): void;
  /** Moves to slide n at step k (clamped to the slide's steps). */
  goTo(n: number, k: number): void;
}

export function listenForInput({ actions, blackout, toggleBlackout, goTo }: DeckInput): void {
  document.addEventListener('keydown', (e) => {
    if (e.defaultPrevented || e.isComposing || anyDialogOpen()) return;
    if (!deckMayTake(e.key, e.target instanceof Element ? e.target : null)) return;
    if (blackout() && (e.key === 'Escape' || e.key === 'b' || e.key === '.')) {
      e.preventDefault();
      toggleBlackout();
      return;
    }
    const action = actionForKey(e);
    if (!action) return;
    e.preventDefault();
    // A clicker's next/previous in a blackout brings the screen back where it
    // was, instead of moving on behind the curtain: the audience misses nothing.
    if (blackout() && (action === 'next' || action === 'prev')) return toggleBlackout();
    actions[action]();
  });

  // Links to other slides (bar, overview, inside slides) move in place too.
  document.addEventListener('click', (e) => {
    if (e.defaultPrevented || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
    const el = e.target instanceof Element ? e.target : null;
    if (el?.closest('#deck-blackout')) return toggleBlackout();
    const action = el?.closest<HTMLElement>('[data-deck-action]')?.dataset.deckAction;
    if (action && action in actions) return actions[action as DeckAction]();
    const a = el?.closest<HTMLAnchorElement>('a[href]');
    if (!a || (a.target && a.target !== '_self')) return;
    if (a.id === 'deck-next' || a.id === 'deck-prev') {
      e.preventDefault();
      if (a.getAttribute('aria-disabled') !== 'true') actions[a.id === 'deck-next' ? 'next' : 'prev']();
      return;
    }
    const url = new URL(a.href, location.href);
    const n = url.origin === location.origin ? slideFromPath(url.pathname) : null;
    if (n === null) return;
    e.preventDefault();
    goTo(n, stepFromSearch(url.search, Number.MAX_SAFE_INTEGER));
  });
}
