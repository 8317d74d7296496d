/**
 * The stream as a numbered list (events counted from 1, as every message
 * counts them), applied events marked, the current one `aria-current`. With
 * `data-window="N"` on its host it lists only N rows around the current event,
 * so a slide never scrolls; without, the whole stream (an exercise's sample).
 * `data-chars="0"` lists types only (a demo shows the current event whole beside it).
 * `eventRows` is pure: a demo's build-time markup lists exactly these rows.
 */
import { preview } from '../../../../playground/engine/preview.ts';
import { typeColor } from '../../viz/event-colors.ts';
import type { EventLike, Moment } from '../moment.ts';
import type { PanelFactory } from '../panel.ts';

export interface EventRow {
  /** The event's number, from 1. */
  n: number;
  type: string;
  data: string;
  /** When, who, which version, where in the log, in a few words ('' when none). */
  meta: string;
  applied: boolean;
  current: boolean;
  marked: boolean;
}

/** `size` rows around `applied` (the current event always among them), or all of them when size is 0. */
export function eventWindow(applied: number, count: number, size: number): { from: number; to: number } {
  if (size <= 0 || count <= size) return { from: 0, to: count };
  const from = Math.max(0, Math.min(applied - size + Math.ceil(size / 3), count - size));
  return { from, to: Math.min(count, from + size) };
}

function metaNote(event: EventLike): string {
  const m = event.metadata as Record<string, unknown> | undefined;
  if (!m) return '';
  const parts: string[] = [];
  if (typeof m.globalPosition === 'number') parts.push(`#${m.globalPosition}`);
  if (typeof m.occurredAt === 'string') parts.push(m.occurredAt);
  if (typeof m.by === 'string') parts.push(`by ${m.by}`);
  if (typeof m.schemaVersion === 'number') parts.push(`v${m.schemaVersion}`);
  return parts.join(' · ');
}

export function eventRows(stream: NonNullable<Moment['stream']>, size: number, dataChars = 70): EventRow[] {
  const { events, applied, marked = null } = stream;
  const { from, to } = eventWindow(applied, events.length, size);
  return events.slice(from, to).map((event, j) => {
    const i = from + j;
    return {
      n: i + 1, type: event.type, data: dataChars > 0 ? preview(event.data, dataChars) : '', meta: dataChars > 0 ? metaNote(event) : '',
      applied: i < applied, current: i === applied - 1, marked: marked !== null && i === marked - 1,
    };
  });
}

export const eventsPanel: PanelFactory = (host) => ({
  draw({ stream }) {
    if (!stream) return;
    const rows = eventRows(stream, Number(host.dataset.window ?? 0), Number(host.dataset.chars ?? 70));
    host.replaceChildren(...rows.map((row) => {
      const item = document.createElement('li');
      item.value = row.n;
      item.dataset.n = String(row.n);
      item.classList.toggle('is-applied', row.applied);
      item.classList.toggle('is-current', row.current);
      item.classList.toggle('is-marked', row.marked);
      item.style.setProperty('--type-color', typeColor(row.type));
      if (row.current) item.setAttribute('aria-current', 'step');
      const type = document.createElement('code');
      type.className = 'ev-type';
      type.textContent = row.type;
      item.append(type);
      if (row.data) {
        const data = document.createElement('span');
        data.className = 'ev-data';
        data.textContent = ` ${row.data}`;
        item.append(data);
      }
      if (row.meta) {
        const meta = document.createElement('span');
        meta.className = 'ev-meta';
        meta.textContent = ` (${row.meta})`;
        item.append(meta);
      }
      return item;
    }));
  },
});
