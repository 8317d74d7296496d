/**
 * The state at the chosen moment as a tree. Paths the last event changed are
 * marked (colour plus the word "changed" for screen readers), so a learner sees
 * what `evolve` did with that one event. Text is set with textContent only:
 * state holds whatever the learner's events carried.
 */
import { joinPath, preview } from './diff.ts';

/** Children shown per object or array; the rest is summarised so a huge state stays fast. */
const MAX_CHILDREN = 100;

export function renderStateTree(host: HTMLElement, value: unknown, changed: ReadonlySet<string>): void {
  const root = document.createElement('ul');
  root.className = 'tree';
  if (isContainer(value)) appendChildren(root, value, '', changed, 0);
  else root.append(leaf('state', value, '', changed));
  host.replaceChildren(root);
}

type Container = Record<string, unknown> | unknown[];

function isContainer(value: unknown): value is Container {
  return typeof value === 'object' && value !== null;
}

function entriesOf(value: Container): [string, unknown][] {
  return Array.isArray(value) ? value.map((item, i) => [String(i), item]) : Object.entries(value);
}

function appendChildren(list: HTMLElement, value: Container, path: string, changed: ReadonlySet<string>, depth: number): void {
  const entries = entriesOf(value);
  for (const [key, child] of entries.slice(0, MAX_CHILDREN)) {
    const childPath = joinPath(path, key);
    list.append(isContainer(child) && depth < 8 ? branch(key, child, childPath, changed, depth + 1) : leaf(key, child, childPath, changed));
  }
  if (entries.length > MAX_CHILDREN) {
    const more = document.createElement('li');
    more.className = 'tree-more';
    more.textContent = `… and ${entries.length - MAX_CHILDREN} more`;
    list.append(more);
  }
  if (entries.length === 0) {
    const empty = document.createElement('li');
    empty.className = 'tree-more';
    empty.textContent = Array.isArray(value) ? '(empty list)' : '(empty)';
    list.append(empty);
  }
}

function keyLabel(key: string): HTMLElement {
  const span = document.createElement('span');
  span.className = 'tree-key';
  span.textContent = key;
  return span;
}

function changedMark(item: HTMLElement, path: string, changed: ReadonlySet<string>): void {
  if (!changed.has(path)) return;
  item.classList.add('is-changed');
  const note = document.createElement('span');
  note.className = 'sr-only';
  note.textContent = ' (changed by the last event)';
  item.append(note);
}

function leaf(key: string, value: unknown, path: string, changed: ReadonlySet<string>): HTMLElement {
  const item = document.createElement('li');
  const val = document.createElement('span');
  val.className = `tree-val t-${value === null ? 'null' : typeof value}`;
  val.textContent = isContainer(value) ? preview(value, 120) : preview(value, 400);
  item.append(keyLabel(key), document.createTextNode(': '), val);
  changedMark(item, path, changed);
  return item;
}

function branch(key: string, value: Container, path: string, changed: ReadonlySet<string>, depth: number): HTMLElement {
  const item = document.createElement('li');
  const details = document.createElement('details');
  // Open the first levels and anything holding a change; deeper, quiet parts stay folded.
  details.open = depth <= 2 || changed.has(path);
  const summary = document.createElement('summary');
  const size = Array.isArray(value) ? `[${value.length}]` : `{${Object.keys(value).length}}`;
  const count = document.createElement('span');
  count.className = 'tree-size';
  count.textContent = ` ${size}`;
  summary.append(keyLabel(key), count);
  const list = document.createElement('ul');
  appendChildren(list, value, path, changed, depth);
  details.append(summary, list);
  item.append(details);
  changedMark(summary, path, changed);
  return item;
}
