/**
 * The data behind the home page's pictures, computed at build time from the
 * real example and exercise files: the pictures show what the pages show
 * (the same events, the same fold, the same checks), drawn small.
 */
import { exampleFiles } from '../demos/moment-at-build.ts';
import { typeColor } from '../viz/event-colors.ts';

export interface EventRow {
  n: number;
  type: string;
  color: string;
  detail: string;
}

export interface StreamPicture {
  rows: EventRow[];
  total: number;
  /** The state after the whole stream, as key–value lines. */
  state: [string, string][];
  /** A numeric field of the state after each event, for the chart: 0 … 1 on both axes. */
  points: [number, number][];
  field: string;
  last: number;
}

const shown = (value: unknown): string => (typeof value === 'string' ? `"${value}"` : JSON.stringify(value) ?? String(value));

/** Folds the example's stream with its own decider and keeps what the picture draws. */
export function streamPicture(example: string, field: string, rowCount = 7): StreamPicture {
  const { domain, events } = exampleFiles(example);
  const states: unknown[] = [];
  let state = domain.decider.initialState();
  for (const event of events) {
    state = domain.decider.evolve(state, event);
    states.push(state);
  }
  const values = states.map((s) => Number((s as Record<string, unknown>)[field] ?? 0));
  const lo = Math.min(0, ...values);
  const hi = Math.max(1, ...values);
  const rows = events.slice(0, rowCount).map((e, i) => {
    const data = (e.data ?? {}) as Record<string, unknown>;
    const first = Object.entries(data)[0];
    return { n: i + 1, type: e.type, color: typeColor(e.type), detail: first ? `${first[0]}: ${shown(first[1])}` : '' };
  });
  const final = (state ?? {}) as Record<string, unknown>;
  return {
    rows,
    total: events.length,
    state: Object.entries(final).slice(0, 3).map(([k, v]) => [k, shown(v)]),
    points: values.map((v, i) => [values.length > 1 ? i / (values.length - 1) : 0, (v - lo) / (hi - lo)]),
    field,
    last: values.at(-1) ?? 0,
  };
}

/** Cuts text to what fits a line of the picture, with an ellipsis when cut. */
export function fit(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
