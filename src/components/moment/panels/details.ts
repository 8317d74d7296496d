/**
 * The selected event whole: its number, type, data and metadata as indented
 * JSON that wraps (never cut, never scrolled sideways), so a learner can
 * read every field of the event the time-travel position stands on.
 */
import type { PanelFactory } from '../panel.ts';

const pretty = (value: unknown): string => JSON.stringify(value, null, 2) ?? String(value);

export const detailsPanel: PanelFactory = (host) => {
  const heading = document.createElement('p');
  heading.className = 'details-heading';
  const body = document.createElement('dl');
  body.className = 'details-fields';
  host.replaceChildren(heading, body);
  const field = (name: string, text: string): HTMLElement => {
    const row = document.createElement('div');
    const dt = document.createElement('dt');
    dt.textContent = name;
    const dd = document.createElement('dd');
    const pre = document.createElement('pre');
    pre.className = 'details-json';
    pre.textContent = text;
    dd.append(pre);
    row.append(dt, dd);
    return row;
  };
  return {
    draw({ lastEvent, lastEventNumber, position }) {
      if (position === 0 || !lastEvent) {
        heading.textContent = 'No event applied yet: pick a row or move the slider to see an event here.';
        body.replaceChildren();
        return;
      }
      heading.textContent = `Event ${lastEventNumber ?? position}: the last event applied`;
      body.replaceChildren(
        field('type', lastEvent.type),
        field('data', pretty(lastEvent.data)),
        field('metadata', lastEvent.metadata === undefined ? '(none)' : pretty(lastEvent.metadata)),
      );
    },
  };
};
