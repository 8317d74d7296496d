/**
 * The one moment contract: what every view of "the stream at position k"
 * draws from, whether the playground, an exercise's "Your fold" or a live
 * demo in a slide shows it. The runner answers `momentAt` (state, the state
 * one event earlier, what the last event changed, every projection); a page
 * adds what only it knows (the stream it lists, a demo's words) and hands the
 * whole moment to its renderer (renderer.ts), whose panels each draw a part.
 */
import type { EventLike, Fact } from '../../../playground/examples/demo-facts.ts';
import type { MomentAt, ProjectionAt } from '../../../playground/runner/protocol.ts';

export type { EventLike, Fact };

/** One read model as a panel shows it (a cut view already replaced by its note). */
export type ProjectionShown = Omit<ProjectionAt, 'viewCut'>;

export interface Moment {
  /** Events applied: the position on the stream (or on a demo's control). */
  position: number;
  /** Events in the stream. */
  count: number;
  state: unknown;
  /** The state one event earlier, when it could be sent whole (for a before/after list). */
  previousState?: unknown;
  /** What the last event changed, as the engine's diff names paths (`$.items[2].qty`). */
  changedPaths?: readonly string[];
  /** The last event folded and its number in words, counted from 1 ("Event 12"). */
  lastEvent?: EventLike;
  lastEventNumber?: number;
  projections: readonly ProjectionShown[];
  /** How the state was folded: events read, from which snapshot, and whether it is terminal. */
  fold?: { eventsRead: number; fromSnapshot: number; terminal: boolean };
  /** The field a chart follows, read off this state. */
  chartValue?: number;
  /** The stream, for panels that list it, and how many of its events count as applied. */
  stream?: { events: readonly EventLike[]; applied: number; marked?: number | null };
  /** A demo's words about this moment, label and value. */
  facts?: readonly Fact[];
}

/** Values too big to send arrive cut: a panel shows the note and the start of the JSON. */
export function shownValue(value: unknown, cut: boolean): unknown {
  if (!cut || typeof value !== 'object' || value === null) return value;
  const record = value as { note?: unknown; preview?: unknown };
  return { note: String(record.note ?? 'too large to show'), preview: String(record.preview ?? '') };
}

/** The runner's answer as a moment; `lastEventNumber` is the list's number when it differs (skipped events). */
export function fromRunner(answer: MomentAt, extra: Partial<Moment> = {}): Moment {
  return {
    position: answer.position,
    count: answer.count,
    state: shownValue(answer.state, answer.stateCut),
    ...(answer.previousState !== undefined ? { previousState: answer.previousState } : {}),
    ...(answer.changedPaths ? { changedPaths: answer.changedPaths } : {}),
    ...(answer.lastEvent ? { lastEvent: answer.lastEvent, lastEventNumber: answer.position } : {}),
    projections: answer.projections.map(({ viewCut, ...p }) => ({ ...p, view: shownValue(p.view, viewCut) })),
    fold: { eventsRead: answer.eventsRead, fromSnapshot: answer.fromSnapshot, terminal: answer.terminal === true },
    ...extra,
  };
}
