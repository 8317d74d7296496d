/**
 * A demo's moment in the one moment contract (moment/moment.ts), the same at
 * build time and live: the stream it lists (with the events a race appended,
 * so the list shows the event its words count: "version 28" is event #28),
 * how many of them count as applied, and the demo's words (facts).
 */
import type { Moment } from '../moment/moment.ts';
import { DEMOS, factsFor, type DemoId, type EventLike, type Moment as DemoMoment } from './kinds.ts';
import { MODES } from './modes.ts';

export function demoMoment(id: DemoId, m: DemoMoment, appended: readonly EventLike[] = []): Moment {
  const rule = MODES[DEMOS[id].mode];
  const count = m.events.length;
  const events = appended.length ? [...m.events, ...appended] : m.events;
  return {
    position: m.position,
    count: events.length,
    state: m.state,
    projections: [],
    stream: { events, applied: rule.applied(m.position, count) + appended.length, marked: id === 'jet' ? m.bugAt ?? null : null },
    facts: factsFor(id, m),
  };
}
