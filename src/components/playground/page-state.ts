/**
 * What the page knows about the example it shows: one value, so "what is on
 * screen" has one source. The page's store (store.ts) holds it; it changes
 * only by named actions (page-actions.ts), each of which makes a new value,
 * and features read it through their ports. Nothing else keeps a copy.
 */
import type { ExampleMeta } from '../../../playground/examples/catalog.ts';
import type { Message } from '../../../playground/runner/protocol.ts';

export interface PageState {
  meta: ExampleMeta;
  /** The example as shipped, for Reset. */
  original: { code: string; events: string };
  code: string;
  /** The events editor's text; for a generated long stream, '' (the stream lives in `events`). */
  eventsText: string;
  /** The stream as written (skipped events included), parsed on the page for the list and what-if. */
  events: Message[];
  /** Set when the stream was generated (10,000 or 100,000 events) rather than typed. */
  generated: boolean;
  skipped: Set<number>;
  /** Events applied on the time-travel slider, counted on the stream as written. */
  position: number;
  lag: number;
  snapshotEvery: number;
}
