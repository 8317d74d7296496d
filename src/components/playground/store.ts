/**
 * The playground page's one store: the current PageState, changed only by
 * named actions (page-actions.ts), and subscriptions for whatever follows it
 * on screen. Features get a narrow port built on it (read the state, dispatch
 * their own actions), never the whole page. It needs no DOM and no editor, so
 * the page can hold and show its state before Monaco has arrived; the editors
 * are subscribers like any other view.
 */
import { reducePage, type PageAction } from './page-actions.ts';
import type { PageState } from './page-state.ts';

export type StoreListener = (state: PageState, previous: PageState, action: PageAction) => void;

export interface PageStore {
  readonly state: PageState;
  dispatch(action: PageAction): PageState;
  /**
   * Calls `listener` after every action that changed the state. Pass a signal
   * to end the subscription with everything else tied to it (one
   * AbortController per example, see controller.ts); or call the returned function.
   */
  subscribe(listener: StoreListener, signal?: AbortSignal): () => void;
}

export function createPageStore(initial: PageState): PageStore {
  let state = initial;
  const listeners = new Set<StoreListener>();
  return {
    get state() {
      return state;
    },
    dispatch(action) {
      const previous = state;
      state = reducePage(previous, action);
      if (state !== previous) {
        for (const listener of [...listeners]) listener(state, previous, action);
      }
      return state;
    },
    subscribe(listener, signal) {
      if (signal?.aborted) return () => undefined;
      listeners.add(listener);
      const stop = (): void => {
        listeners.delete(listener);
      };
      signal?.addEventListener('abort', stop, { once: true });
      return stop;
    },
  };
}
