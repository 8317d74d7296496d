/**
 * The whole current event, never cut: its number, type, every data field and
 * who and when, as large key–value lines a room can read. `currentEvent` is
 * pure: a demo's build-time markup shows exactly this.
 */
import type { Moment } from '../moment.ts';
import type { PanelFactory } from '../panel.ts';

export interface EventShown {
  /** "Event 12 of 27", or the start of the stream. */
  heading: string;
  type: string;
  fields: Array<{ key: string; value: string }>;
}

/** A field's value in full: strings as they are, anything else as JSON. */
const full = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value) ?? String(value));

export function currentEvent(moment: Moment): EventShown | null {
  const stream = moment.stream;
  if (!stream) return null;
  const n = stream.applied;
  const event = stream.events[n - 1];
  if (!event) return { heading: `No event yet: the start of ${stream.events.length} events`, type: '', fields: [] };
  const data = typeof event.data === 'object' && event.data !== null && !Array.isArray(event.data)
    ? Object.entries(event.data).map(([key, value]) => ({ key, value: full(value) }))
    : [{ key: 'data', value: full(event.data) }];
  const meta = event.metadata ?? {};
  const who = [
    ...(typeof meta.by === 'string' ? [{ key: 'by', value: meta.by }] : []),
    ...(typeof meta.occurredAt === 'string' ? [{ key: 'at', value: meta.occurredAt.replace('T', ' ').replace(/:\d\d(\.\d+)?Z$/, ' UTC') }] : []),
  ];
  return { heading: `Event ${n} of ${stream.events.length}`, type: event.type, fields: [...data, ...who] };
}

export const eventPanel: PanelFactory = (host) => {
  const heading = document.createElement('p');
  heading.className = 'ev-heading';
  const type = document.createElement('p');
  type.className = 'ev-type';
  const fields = document.createElement('dl');
  fields.className = 'ev-fields';
  host.replaceChildren(heading, type, fields);
  return {
    draw(moment) {
      const shown = currentEvent(moment);
      if (!shown) return;
      heading.textContent = shown.heading;
      type.textContent = shown.type;
      fields.replaceChildren(...shown.fields.map(({ key, value }) => {
        const row = document.createElement('div');
        const dt = document.createElement('dt');
        dt.textContent = key;
        const dd = document.createElement('dd');
        dd.textContent = value;
        row.append(dt, dd);
        return row;
      }));
    },
  };
};
