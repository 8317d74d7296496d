/** "balance: 100 → 150": the last event's changes as a list next to the tree. */
import type { Change } from '../../../playground/engine/diff.ts';
import { preview } from '../../../playground/engine/preview.ts';

export function renderDiffList(host: HTMLElement, changes: readonly Change[], eventLabel: string | null): void {
  const heading = document.createElement('p');
  heading.className = 'diff-heading';
  if (eventLabel === null) {
    heading.textContent = 'No event applied yet: this is the initial state.';
    host.replaceChildren(heading);
    return;
  }
  heading.textContent = changes.length === 0 ? `${eventLabel} changed nothing in the state.` : `${eventLabel} changed:`;
  const list = document.createElement('ul');
  list.className = 'diff-list';
  for (const change of changes.slice(0, 12)) {
    const item = document.createElement('li');
    const path = document.createElement('code');
    path.textContent = change.path === '$' ? '(state)' : change.path.replace(/^\$\.?/, '');
    const text = change.kind === 'added' ? ` added ${preview(change.after, 60)}`
      : change.kind === 'removed' ? ` removed (was ${preview(change.before, 60)})`
      // A path with no values: the state was too large to send, only what changed is known.
      : change.before === undefined && change.after === undefined ? ' changed'
      : ` ${preview(change.before, 40)} → ${preview(change.after, 40)}`;
    item.append(path, document.createTextNode(text));
    list.append(item);
  }
  if (changes.length > 12) {
    const more = document.createElement('li');
    more.textContent = `… and ${changes.length - 12} more`;
    list.append(more);
  }
  host.replaceChildren(heading, list);
}
