/** Runner errors in a learner's words, with where it happened when known. */
import type { RunnerError } from '../../../playground/runner/protocol.ts';
import { unsaidPlace } from '../editor/error-place.ts';
import type { EditorMarker } from '../editor/code-editor.ts';

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
  // The runner's message often says the place already: add only what it leaves out.
  const place = unsaidPlace(error);
  const where = place.position ? ` (${place.position})` : '';
  const event = place.event ? ` on ${place.event}` : '';
  const heading = HEADINGS[error.kind] || 'Error';
  return `${heading}${where}${event}: ${error.message}`;
}

/** The editor mark for an error that names a line of the learner's code; none otherwise. */
export function markerFor(error: RunnerError): EditorMarker[] {
  return error.line === undefined ? [] : [{ line: error.line, column: error.column ?? 1, message: error.message }];
}
