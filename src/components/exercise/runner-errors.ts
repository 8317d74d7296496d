/** Runner errors in a learner's words, with where it happened when known. */
import type { RunnerError } from '../../../playground/runner/protocol.ts';

const HEADINGS: Record<RunnerError['kind'], string> = {
  compile: 'Your code does not compile',
  runtime: 'Your code threw an error',
  timeout: 'Your code ran too long',
  'invalid-input': 'Something is missing',
  'not-serializable': 'A value cannot be shown',
  crashed: 'The runner stopped',
  stale: '',
};

export function describeError(error: RunnerError): string {
  const said = error.line !== undefined && error.message.includes(`line ${error.line}`);
  const where = error.line === undefined || said ? '' : ` (line ${error.line}${error.column === undefined ? '' : `, column ${error.column}`})`;
  const event = error.eventIndex === undefined ? '' : ` on event ${error.eventIndex + 1}${error.eventType ? ` (${error.eventType})` : ''}`;
  const heading = HEADINGS[error.kind] || 'Error';
  // The runner's message often says the position already; the heading says the kind.
  return `${heading}${where}${event}: ${error.message}`;
}
