/**
 * What the worker holds, so a run sends only what changed: the worker keeps
 * the stream across a code edit, so editing evolve on a 10,000-event stream
 * does not copy 10,000 events again. A signature is cheap to take and to
 * compare: texts by value, parsed or generated streams by identity.
 */
import type { Message } from '../../../playground/runner/protocol.ts';
import type { PageState } from './page-state.ts';
import { withoutSkipped } from './what-if.ts';

export interface EventsSignature {
  text: string;
  events: readonly Message[];
  skipped: string;
  every: number;
}

/** The code and events last sent; null when unknown (never sent, or a send failed). */
export interface WorkerCopy {
  code: string | null;
  events: EventsSignature | null;
}

/** One empty list for every typed stream, so two signatures of the same text compare equal. */
const TYPED: readonly Message[] = Object.freeze([]);

export function eventsSignature(state: PageState): EventsSignature {
  return {
    // Typed text is sent as text; a generated or what-if stream is sent as events.
    text: state.generated ? '' : state.eventsText,
    events: state.generated || state.skipped.size ? state.events : TYPED,
    skipped: [...state.skipped].sort((a, b) => a - b).join(','),
    every: state.snapshotEvery,
  };
}

export function sameEvents(a: EventsSignature, b: EventsSignature | null): boolean {
  return b !== null && a.text === b.text && a.events === b.events && a.skipped === b.skipped && a.every === b.every;
}

/**
 * The stream the worker folds, skips left out. A generated stream is plain
 * JSON data, and as text it crosses to the worker in about half the time and
 * blocks the page a third as long as 100,000 cloned objects. Other streams
 * may hold what JSON cannot (a Date from a command), so they cross as objects.
 */
export function foldedStream(state: PageState): string | Message[] {
  const events = withoutSkipped(state.events, state.skipped);
  return state.generated ? JSON.stringify(events) : events;
}
