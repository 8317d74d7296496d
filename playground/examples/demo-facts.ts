/**
 * What a live demo of the talk says about one moment of an example, as
 * label/value pairs. The words belong to the example (what a seat letter or a
 * total means is domain knowledge), so each example with a demo keeps its
 * own in `ID/demo-facts.ts`; `src/components/demos/` only lays them out.
 * Moments come from the worker or a build-time fold, so fields are read
 * defensively: a missing field reads as empty, never throws.
 */

export interface EventLike {
  type: string;
  data: unknown;
  metadata?: { by?: unknown; occurredAt?: unknown };
}

export interface Fact {
  label: string;
  value: string;
  tone?: 'good' | 'bad';
}

/** What a demo knows at one moment. */
export interface Moment {
  /** The control's position: events applied (travel), replayed (rebuild), lag, or race step. */
  position: number;
  events: readonly EventLike[];
  state: unknown;
  /** The read model the demo watches (lag, rebuild). */
  view?: unknown;
  /** Jet: the first event where the buggy total parts from the items, or null. */
  bugAt?: number | null;
  /** The race step outcomes, in words. */
  race?: readonly Fact[];
}

export const rec = (v: unknown): Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
export const num = (v: unknown): number => (typeof v === 'number' ? v : 0);
export const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** "#7 ItemRemoved", or the start of the stream. */
export function eventLabel(events: readonly EventLike[], position: number): string {
  const e = events[position - 1];
  return e ? `#${position} ${e.type}` : 'the start (no events yet)';
}
