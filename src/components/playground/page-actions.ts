/**
 * Everything that can happen to what the page shows, as named actions, and
 * the one pure function that applies them. Pure (no DOM, no worker, no clock)
 * for the same reason Redux reducers are: a state is a value, so a feature can
 * compare the one before with the one after, and the unit tests can replay a
 * visit in Node. The store (store.ts) holds the current value and tells its
 * subscribers; talking to the worker is the page flow's business (run-flow.ts).
 */
import type { ExampleMeta } from '../../../playground/examples/catalog.ts';
import type { Message } from '../../../playground/runner/protocol.ts';
import { parseEvents, appendToJsonArrayText } from './events-text.ts';
import type { PageState } from './page-state.ts';
import { pruneSkipped } from './what-if.ts';

/** The end of any stream: a fresh example opens on its last event. */
export const AT_END = Number.MAX_SAFE_INTEGER;

export type PageAction =
  /** An example on screen: its shipped files, and the text to show (saved edits or a share link; null: the original). */
  | { type: 'open-example'; meta: ExampleMeta; original: { code: string; events: string }; text: { code: string; events: string; position?: number } | null }
  /** The editors' text after the edit pause; a generated stream keeps its events (its editor is empty). */
  | { type: 'edit'; code: string; eventsText: string }
  /** The worker took the typed events: the page's copy follows the text (kept as it was when the text is not an array). */
  | { type: 'events-sent' }
  | { type: 'set-position'; position: number }
  /** What if this event had not happened (what-if.ts)? */
  | { type: 'skip-event'; index: number; skip: boolean }
  /** A command appended these events; the slider goes to the new end. */
  | { type: 'append-events'; events: readonly Message[] }
  /** A generated long stream replaces the typed one (long-stream.ts). */
  | { type: 'load-generated-stream'; events: Message[] }
  | { type: 'set-snapshot-every'; every: number }
  | { type: 'set-lag'; lag: number }
  /** After any change of stream: skips and position that no longer point into it are dropped. */
  | { type: 'settle-stream' };

export type PageActionType = PageAction['type'];

/**
 * The state of a page that opened `meta` (before any run). Events text that is
 * not a JSON array leaves the list on the example's own events; the worker
 * says where the text is wrong.
 */
export function openedState(meta: ExampleMeta, original: { code: string; events: string }, text: { code: string; events: string; position?: number } | null): PageState {
  const eventsText = text?.events ?? original.events;
  return {
    meta, original,
    code: text?.code ?? original.code,
    eventsText,
    events: parseEvents(eventsText) ?? parseEvents(original.events) ?? [],
    generated: false,
    skipped: new Set(),
    position: text?.position ?? AT_END,
    lag: 0,
    snapshotEvery: 100,
  };
}

/** Applies one action. Never changes `state`: what changed is a new value (a new Set for skips). */
export function reducePage(state: PageState, action: PageAction): PageState {
  switch (action.type) {
    case 'open-example': {
      // Lag and snapshots are the learner's settings for the page, not the example's: they stay.
      return { ...openedState(action.meta, action.original, action.text), lag: state.lag, snapshotEvery: state.snapshotEvery };
    }
    case 'edit':
      return { ...state, code: action.code, eventsText: state.generated ? state.eventsText : action.eventsText };
    case 'events-sent':
      if (state.generated || state.skipped.size) return state;
      return { ...state, events: parseEvents(state.eventsText) ?? state.events };
    case 'set-position':
      return { ...state, position: Math.max(0, action.position) };
    case 'skip-event': {
      const skipped = new Set(state.skipped);
      if (action.skip) skipped.add(action.index);
      else skipped.delete(action.index);
      return { ...state, skipped };
    }
    case 'append-events': {
      const events = [...state.events, ...action.events];
      const eventsText = state.generated ? state.eventsText : appendToJsonArrayText(state.eventsText, action.events);
      return { ...state, events, eventsText, position: events.length };
    }
    case 'load-generated-stream':
      return { ...state, events: action.events, generated: true, eventsText: '', skipped: new Set(), position: action.events.length };
    case 'set-snapshot-every':
      return { ...state, snapshotEvery: action.every };
    case 'set-lag':
      return { ...state, lag: Math.max(0, action.lag) };
    case 'settle-stream':
      return { ...state, skipped: pruneSkipped(state.skipped, state.events.length), position: Math.min(state.position, state.events.length) };
  }
}
