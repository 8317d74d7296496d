/**
 * The state at the chosen moment as a tree. Paths the last event changed are
 * marked (colour plus the word "changed" for screen readers), so a learner sees
 * what `evolve` did with that one event. Text is set with textContent only:
 * state holds whatever the learner's events carried.
 *
 * Time travel redraws the tree on every slider move, so the tree is patched in
 * place: nodes whose text did not change are left alone, and the browser only
 * lays out and paints what moved. That also keeps a branch the learner opened
 * or closed as they left it. Closed branches fill their children when opened.
 *
 * Long lists and records are grouped in ranges of 100 (`[100 … 199]`), as
 * browser devtools do, so the 150th month of a statement is two clicks away
 * rather than cut off; a range holding a change opens by itself.
 */
import { childPath, firstKey } from '../../../playground/engine/diff.ts';
import { preview } from '../../../playground/engine/preview.ts';

/** Children per level before they are grouped in ranges. */
const GROUP = 100;
/** Deeper than this, containers show as a one-line preview. */
const MAX_DEPTH = 8;

type Container = Record<string, unknown> | unknown[];
type Changed = ReadonlySet<string>;

/** Some children of a container: all of them, or one range of a long one. */
interface Slice {
  container: Container;
  /** Object keys in order; null for an array (its keys are its indexes). */
  keys: string[] | null;
  from: number;
  to: number;
}

interface Leaf {
  kind: 'leaf';
  key: string;
  item: HTMLLIElement;
  val: HTMLSpanElement;
}
/** A container or a range of one: a <details> whose children are filled when it is open. */
interface Branch {
  kind: 'branch' | 'range';
  key: string;
  item: HTMLLIElement;
  details: HTMLDetailsElement;
  summary: HTMLElement;
  size: HTMLSpanElement;
  list: HTMLUListElement;
  /** Draws the children of the latest render; kept while the branch is closed. */
  pending: (() => void) | null;
}
interface Note {
  kind: 'note';
  key: string;
  item: HTMLLIElement;
}
type Node = Leaf | Branch | Note;

/** The rendered children of each list, in order, so the next render can patch them. */
const childrenOf = new WeakMap<HTMLUListElement, Node[]>();
/** The tree each host shows. */
const treeOf = new WeakMap<HTMLElement, HTMLUListElement>();

export function renderStateTree(host: HTMLElement, value: unknown, changed: Changed): void {
  let root = treeOf.get(host);
  if (!root || root.parentElement !== host) {
    root = document.createElement('ul');
    root.className = 'tree';
    host.replaceChildren(root);
    treeOf.set(host, root);
  }
  if (isContainer(value)) patchChildren(root, value, '$', changed, 0);
  else patchList(root, [{ key: 'state', value, path: '$', kind: 'leaf' }], changed, 0);
}

function isContainer(value: unknown): value is Container {
  return typeof value === 'object' && value !== null;
}

interface Wanted {
  key: string;
  /** A child's value; for a range, the slice it groups; for a note, its text. */
  value: unknown;
  path: string;
  kind: Node['kind'];
}

function patchChildren(list: HTMLUListElement, container: Container, path: string, changed: Changed, depth: number): void {
  const keys = Array.isArray(container) ? null : Object.keys(container);
  const total = keys ? keys.length : (container as unknown[]).length;
  if (total === 0) {
    const empty = Array.isArray(container) ? '(empty list)' : '(empty)';
    return patchList(list, [{ key: '…empty', value: empty, path, kind: 'note' }], changed, depth);
  }
  patchSlice(list, { container, keys, from: 0, to: total }, path, changed, depth);
}

function patchSlice(list: HTMLUListElement, slice: Slice, path: string, changed: Changed, depth: number): void {
  const { container, keys, from, to } = slice;
  const wanted: Wanted[] = [];
  if (to - from <= GROUP) {
    for (let i = from; i < to; i += 1) {
      const key = keys ? (keys[i] as string) : String(i);
      const child = keys ? (container as Record<string, unknown>)[key] : (container as unknown[])[i];
      wanted.push({ key, value: child, path: childPath(path, keys ? key : i), kind: isContainer(child) && depth < MAX_DEPTH ? 'branch' : 'leaf' });
    }
  } else {
    // Ranges of 100, of 10,000 for longer ones, and so on: never more than 100 nodes per level.
    let size = GROUP;
    while (size * GROUP < to - from) size *= GROUP;
    for (let lo = from; lo < to; lo += size) {
      const hi = Math.min(to, lo + size);
      // Keyed by where the range starts, so the open last range stays open while the list grows.
      wanted.push({ key: `…range ${lo}`, value: { container, keys, from: lo, to: hi } satisfies Slice, path, kind: 'range' });
    }
  }
  patchList(list, wanted, changed, depth);
}

/** Reuses each child whose key and kind still match, replaces the others, drops the rest. */
function patchList(list: HTMLUListElement, wanted: readonly Wanted[], changed: Changed, depth: number): void {
  const old = childrenOf.get(list) ?? [];
  const next: Node[] = [];
  wanted.forEach((want, i) => {
    const existing = old[i];
    const node = existing && existing.kind === want.kind && existing.key === want.key ? existing : create(want, depth);
    update(node, want, changed, depth);
    if (node !== existing) {
      if (existing) existing.item.replaceWith(node.item);
      else list.append(node.item);
    }
    next.push(node);
  });
  for (const extra of old.slice(wanted.length)) extra.item.remove();
  childrenOf.set(list, next);
}

function create(want: Wanted, depth: number): Node {
  const item = document.createElement('li');
  if (want.kind === 'note') {
    item.className = 'tree-more';
    return { kind: 'note', key: want.key, item };
  }
  if (want.kind === 'leaf') {
    const val = document.createElement('span');
    item.append(keyLabel(want.key), document.createTextNode(': '), val);
    return { kind: 'leaf', key: want.key, item, val };
  }
  const details = document.createElement('details');
  // Open the first levels at first (ranges stay closed); later renders keep what the learner chose.
  details.open = want.kind === 'branch' && depth < 2;
  const summary = document.createElement('summary');
  const size = document.createElement('span');
  size.className = 'tree-size';
  // A range's summary is its size span alone: `[100 … 199]`, updated as the range grows.
  if (want.kind === 'range') summary.append(size);
  else summary.append(keyLabel(want.key), size);
  const list = document.createElement('ul');
  details.append(summary, list);
  item.append(details);
  const branch: Branch = { kind: want.kind, key: want.key, item, details, summary, size, list, pending: null };
  details.addEventListener('toggle', () => fill(branch));
  return branch;
}

function update(node: Node, want: Wanted, changed: Changed, depth: number): void {
  if (node.kind === 'note') return setText(node.item, String(want.value));
  if (node.kind === 'leaf') {
    const value = want.value;
    setText(node.val, isContainer(value) ? preview(value, 120) : preview(value, 400));
    const className = `tree-val t-${value === null ? 'null' : typeof value}`;
    if (node.val.className !== className) node.val.className = className;
    return markChanged(node.item, changed.has(want.path));
  }
  let isChanged: boolean;
  if (node.kind === 'range') {
    const slice = want.value as Slice;
    setText(node.size, `[${slice.from} … ${slice.to - 1}]`);
    isChanged = holdsChange(slice, want.path, changed);
    node.pending = () => patchSlice(node.list, slice, want.path, changed, depth);
  } else {
    const value = want.value as Container;
    setText(node.size, ` ${Array.isArray(value) ? `[${value.length}]` : `{${Object.keys(value).length}}`}`);
    isChanged = changed.has(want.path);
    node.pending = () => patchChildren(node.list, value, want.path, changed, depth + 1);
  }
  markChanged(node.summary, isChanged);
  // Open anything holding what the last event changed, so the highlight is seen.
  if (isChanged && !node.details.open) node.details.open = true;
  if (node.details.open) fill(node);
}

/** Renders a branch's children if it is open and has something new to show. */
function fill(branch: Branch): void {
  if (!branch.details.open || !branch.pending) return;
  const draw = branch.pending;
  branch.pending = null;
  draw();
}

/** Whether a changed path runs through one of the slice's children. */
function holdsChange(slice: Slice, path: string, changed: Changed): boolean {
  for (const changedPath of changed) {
    if (!changedPath.startsWith(path)) continue;
    const key = firstKey(changedPath.slice(path.length))?.key;
    if (key === undefined) continue;
    const index = slice.keys ? slice.keys.indexOf(String(key)) : typeof key === 'number' ? key : -1;
    if (index >= slice.from && index < slice.to) return true;
  }
  return false;
}

function setText(element: HTMLElement, text: string): void {
  if (element.textContent !== text) element.textContent = text;
}

function keyLabel(key: string): HTMLElement {
  const span = document.createElement('span');
  span.className = 'tree-key';
  span.textContent = key;
  return span;
}

/** Colour for the eye, a hidden "(changed by the last event)" for screen readers. */
function markChanged(element: HTMLElement, isChanged: boolean): void {
  if (element.classList.contains('is-changed') === isChanged) return;
  element.classList.toggle('is-changed', isChanged);
  if (isChanged) {
    const note = document.createElement('span');
    note.className = 'sr-only tree-changed-note';
    note.textContent = ' (changed by the last event)';
    element.append(note);
  } else {
    element.querySelector(':scope > .tree-changed-note')?.remove();
  }
}
