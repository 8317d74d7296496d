/**
 * When this tab may write the learner's saved edits, and what it writes.
 *
 * - A real edit (typing, a command, Reset) saves this tab's text.
 * - A time-travel move only updates the position of the saved edits when they
 *   still hold this tab's text: a stale tab (another tab saved newer edits, or
 *   a shared version is open) must never write its old text back over them.
 * - While a shared version is open, or another tab changed the example and
 *   the learner has not chosen yet, nothing is written at all.
 */
import type { PageState } from './page-state.ts';
import { clearSaved, readSaved, writeSaved, type KeyValueStore, type SavedEdits } from './saved-edits.ts';

/** Why saving is paused: a share link's version is open, or another tab changed the example. */
export type SavePause = 'shared' | 'other-tab';

export interface Saver {
  /** Saves this tab's text and position (a real edit). */
  saveEdits(): void;
  /** Saves the position after a time-travel move, a moment later (moves come in bursts). */
  schedulePosition(): void;
  pause(reason: SavePause): void;
  resume(reason: SavePause): void;
  isPaused(reason?: SavePause): boolean;
  /** The saved edits are this tab's text (same code and events). */
  holdsMine(saved: SavedEdits | null): boolean;
}

const POSITION_PAUSE_MS = 500;

/** What this tab would save: a generated stream is regenerated on demand, so its text is the example's. */
export function textToSave(state: PageState): { code: string; events: string } {
  return { code: state.code, events: state.generated ? state.original.events : state.eventsText };
}

/** `current` reads the store's state at the moment of saving (it changes by actions, see store.ts). */
export function createSaver(store: KeyValueStore | null, current: () => PageState): Saver {
  const paused = new Set<SavePause>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const untouched = (): boolean => {
    const state = current();
    return state.code === state.original.code && state.eventsText === state.original.events && !state.generated;
  };

  const saver: Saver = {
    saveEdits() {
      clearTimeout(timer);
      if (paused.size) return;
      const state = current();
      if (untouched()) clearSaved(store, state.meta.id);
      else writeSaved(store, state.meta.id, { ...textToSave(state), position: state.position });
    },
    schedulePosition() {
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (paused.size || untouched()) return;
        const state = current();
        const saved = readSaved(store, state.meta.id);
        if (saved.kind === 'ok' && saver.holdsMine(saved.saved)) writeSaved(store, state.meta.id, { ...textToSave(state), position: state.position });
      }, POSITION_PAUSE_MS);
    },
    pause(reason) {
      paused.add(reason);
    },
    resume(reason) {
      paused.delete(reason);
    },
    isPaused(reason) {
      return reason ? paused.has(reason) : paused.size > 0;
    },
    holdsMine(saved) {
      const mine = textToSave(current());
      return saved !== null ? saved.code === mine.code && saved.events === mine.events : untouched();
    },
  };
  return saver;
}
