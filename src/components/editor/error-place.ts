/**
 * Where a runner error happened, said once. The runner's own messages often
 * name the place already ("evolve threw on event 4 (Bad) at line 6, column
 * 5: ..."), and the page used to add it again from the error's fields. These
 * helpers let a page add only what the message leaves out, in the same words.
 *
 * Events are counted as the event lists number them: from 1. The protocol's
 * `eventIndex` is 0-based, so the number shown is `eventIndex + 1`.
 */
import type { RunnerError } from '../../../playground/runner/protocol.ts';

/** "event 4 (MoneyWithdrawn)": the list's number and the type. */
export function eventLabel(eventIndex: number, eventType?: string): string {
  return `event ${eventIndex + 1}${eventType ? ` (${eventType})` : ''}`;
}

/** "line 6, column 5", or "line 6" when the column is unknown. */
export function positionLabel(line: number, column?: number): string {
  return `line ${line}${column === undefined ? '' : `, column ${column}`}`;
}

const says = (message: string, words: string): boolean => new RegExp(`\\b${words}\\b`).test(message);

/** The parts of the place that `error.message` does not say yet, in words. */
export function unsaidPlace(error: RunnerError): { position?: string; event?: string } {
  const place: { position?: string; event?: string } = {};
  if (error.line !== undefined && !says(error.message, `line ${error.line}`)) place.position = positionLabel(error.line, error.column);
  if (error.eventIndex !== undefined && !says(error.message, `event ${error.eventIndex + 1}`)) {
    place.event = eventLabel(error.eventIndex, error.eventType);
  }
  return place;
}
