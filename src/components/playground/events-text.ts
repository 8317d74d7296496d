import type { Message } from '../../../playground/runner/protocol.ts';

/**
 * The page's copy of the events, for the list and what-if: the editor's text
 * parsed, or null when it is not a JSON array (the worker then reports where
 * the text is wrong; the page keeps what it showed last).
 */
export function parseEvents(text: string): Message[] | null {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? (value as Message[]) : null;
  } catch {
    return null;
  }
}

/**
 * The events editor holds text the learner wrote. When a command appends
 * events, they are added at the end of that text, one per line, instead of
 * re-printing the whole array: the learner's own formatting stays.
 */
export function appendToJsonArrayText(text: string, events: readonly unknown[]): string {
  if (events.length === 0) return text;
  const lines = events.map((event) => `  ${JSON.stringify(event)}`);
  const close = text.lastIndexOf(']');
  if (close < 0) return `[\n${lines.join(',\n')}\n]\n`;
  const head = text.slice(0, close).replace(/\s+$/, '');
  const empty = head.endsWith('[');
  return `${head}${empty ? '' : ','}\n${lines.join(',\n')}\n${text.slice(close)}`;
}

/** One event per line: readable, and a JSON error's line number points at one event. */
export function formatEvents(events: readonly unknown[]): string {
  if (events.length === 0) return '[]\n';
  return `[\n${events.map((event) => `  ${JSON.stringify(event)}`).join(',\n')}\n]\n`;
}
