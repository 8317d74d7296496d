/**
 * The two message regions: role="status" for notices (a link that could not
 * be read, a copied link) and role="alert" for errors in the learner's code
 * or events. Text only: messages quote the learner's input.
 */
import type { RunnerError } from '../../../playground/runner/protocol.ts';
import { unsaidPlace } from '../editor/error-place.ts';

export interface ErrorSource {
  /** Which editor the line and column refer to. */
  editor: 'code' | 'events';
}

const KIND_LABEL: Record<RunnerError['kind'], string> = {
  compile: 'Compile error',
  runtime: 'Runtime error',
  timeout: 'Stopped',
  'invalid-input': 'Invalid events',
  'not-serializable': 'Cannot show this value',
  crashed: 'The runner crashed',
  stale: 'Replaced',
};

export function showStatus(text: string): void {
  const region = document.getElementById('pg-status');
  if (region) region.textContent = text;
}

/** A share link that could not be read: an error of its own, so a run's errors do not clear it. */
export function showLinkAlert(text: string): void {
  const region = document.getElementById('pg-link-alert');
  if (region) region.textContent = text;
}

/** A plain-text error that is not about a line of the learner's input (a failed download). */
export function showAlertText(text: string): void {
  const region = document.getElementById('pg-alert');
  if (region) region.textContent = text;
}

export function clearAlert(): void {
  document.getElementById('pg-alert')?.replaceChildren();
}

export function describeError(error: RunnerError, source: ErrorSource): string {
  // The runner's message often says the place already ("... at line 118,
  // column 75: ..."): add only what it leaves out, so it is said once.
  const place = unsaidPlace(error);
  const where: string[] = [];
  if (place.position) where.push(`${source.editor === 'events' ? 'events JSON' : 'code'} ${place.position}`);
  if (place.event) where.push(`while folding ${place.event}`);
  if (error.path && !error.message.includes(error.path)) where.push(`at ${error.path}`);
  return `${error.message}${where.length ? ` (${where.join('; ')})` : ''}`;
}

/** Shows an error; `onShow` puts the caret at the error in its editor. */
export function showError(error: RunnerError, source: ErrorSource, onShow?: () => void): void {
  // A stale answer was replaced by a newer request: nothing went wrong.
  if (error.kind === 'stale') return;
  const region = document.getElementById('pg-alert');
  if (!region) return;
  const kind = document.createElement('span');
  kind.className = 'pg-alert-kind';
  kind.textContent = `${KIND_LABEL[error.kind]}: `;
  const text = document.createTextNode(describeError(error, source));
  const parts: Node[] = [kind, text];
  const keep = document.createTextNode(' Your text is kept as you typed it.');
  parts.push(keep);
  if (onShow && error.line !== undefined) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'button';
    button.textContent = 'Show in editor';
    button.addEventListener('click', onShow);
    parts.push(button);
  }
  region.replaceChildren(...parts);
}
