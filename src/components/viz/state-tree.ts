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
 */
import { joinPath, preview } from './diff.ts';

/** Children shown per object or array; the rest is summarised so a huge state stays fast. */
const MAX_CHILDREN = 100;
/** Deeper than this, containers show as a one-line preview. */
const MAX_DEPTH = 8;

type Container = Record<string, unknown> | unknown[];
type Changed = ReadonlySet<string>;

interface Leaf {
  kind: 'leaf';
  key: string;
  item: HTMLLIElement;
  val: HTMLSpanElement;
}
interface Branch {
  kind: 'branch';
  key: string;
  item: HTMLLIElement;
  details: HTMLDetailsElement;
  summary: HTMLElement;
  size: HTMLSpanElement;
  list: HTMLUListElement;
  /** What a closed branch will show when opened: its children are filled lazily. */
  pending: { value: Container; path: string; changed: Changed; depth: number } | null;
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
  if (isContainer(value)) patchChildren(root, value, '', changed, 0);
  else patchList(root, [{ key: 'state', value, path: '', kind: 'leaf' }], changed, 0);
}

function isContainer(value: unknown): value is Container {
  return typeof value === 'object' && value !== null;
}

interface Wanted {
  key: string;
  value: unknown;
  path: string;
  kind: Node['kind'];
}

function patchChildren(list: HTMLUListElement, value: Container, path: string, changed: Changed, depth: number): void {
  const wanted: Wanted[] = [];
  const total = Array.isArray(value) ? value.length : Object.keys(value).length;
  const shown = Array.isArray(value)
    ? value.slice(0, MAX_CHILDREN).map((item, i): [string, unknown] => [String(i), item])
    : Object.entries(value).slice(0, MAX_CHILDREN);
  for (const [key, child] of shown) {
    wanted.push({ key, value: child, path: joinPath(path, key), kind: isContainer(child) && depth < MAX_DEPTH ? 'branch' : 'leaf' });
  }
  if (total > MAX_CHILDREN) wanted.push({ key: '…more', value: `… and ${total - MAX_CHILDREN} more`, path, kind: 'note' });
  if (total === 0) wanted.push({ key: '…empty', value: Array.isArray(value) ? '(empty list)' : '(empty)', path, kind: 'note' });
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
  // Open the first levels at first; later renders keep what the learner chose.
  details.open = depth < 2;
  const summary = document.createElement('summary');
  const size = document.createElement('span');
  size.className = 'tree-size';
  summary.append(keyLabel(want.key), size);
  const list = document.createElement('ul');
  details.append(summary, list);
  item.append(details);
  const branch: Branch = { kind: 'branch', key: want.key, item, details, summary, size, list, pending: null };
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
  const value = want.value as Container;
  setText(node.size, ` ${Array.isArray(value) ? `[${value.length}]` : `{${Object.keys(value).length}}`}`);
  const isChanged = changed.has(want.path);
  markChanged(node.summary, isChanged);
  // Open anything holding what the last event changed, so the highlight is seen.
  if (isChanged && !node.details.open) node.details.open = true;
  node.pending = { value, path: want.path, changed, depth: depth + 1 };
  if (node.details.open) fill(node);
}

/** Renders a branch's children if it is open and has something new to show. */
function fill(branch: Branch): void {
  if (!branch.details.open || !branch.pending) return;
  const { value, path, changed, depth } = branch.pending;
  branch.pending = null;
  patchChildren(branch.list, value, path, changed, depth);
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
