/**
 * Read models at the chosen moment. Inline projections are always up to date;
 * async ones trail the log by the chosen lag, show their checkpoint and say
 * whether they caught up or fell behind. Rebuild throws one away and replays
 * it from event 0, visibly.
 */
import { renderStateTree } from './state-tree.ts';
import { withAncestors } from '../../../playground/engine/diff.ts';

export interface ProjectionSnapshot {
  name: string;
  /** Events this projection has processed: its position in the log. */
  checkpoint: number;
  status: 'caughtUp' | 'fellBehind';
  /** Events it trails the moment shown (0 when caught up). */
  behind: number;
  view: unknown;
  /** What the event at the checkpoint changed in the view, as the worker names paths. */
  changedPaths?: readonly string[];
}

export interface ProjectionsPanel {
  render(projections: readonly ProjectionSnapshot[], position: number): void;
  /** Says what a finished rebuild did, until the next render. */
  setRebuilt(name: string, eventsReplayed: number): void;
  /** Rebuild progress for one projection, null when done. */
  setRebuilding(name: string, progress: { at: number; total: number } | null): void;
}

interface Card {
  root: HTMLElement;
  status: HTMLElement;
  progress: HTMLProgressElement;
  view: HTMLElement;
  button: HTMLButtonElement;
}

/** `onRebuild` null: the read models are shown without a Rebuild button (an exercise's fold). */
export function createProjectionsPanel(host: HTMLElement, onRebuild: ((name: string) => void) | null): ProjectionsPanel {
  const cards = new Map<string, Card>();
  const list = document.createElement('div');
  list.className = 'proj-list';
  host.replaceChildren(list);

  function card(name: string): Card {
    const existing = cards.get(name);
    if (existing) return existing;
    const root = document.createElement('article');
    root.className = 'proj';
    const header = document.createElement('header');
    const title = document.createElement('h3');
    title.textContent = name;
    const status = document.createElement('p');
    status.className = 'proj-status';
    status.setAttribute('aria-live', 'off');
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = 'Rebuild';
    button.setAttribute('aria-label', `Rebuild ${name}`);
    button.addEventListener('click', () => onRebuild?.(name));
    button.hidden = onRebuild === null;
    header.append(title, button);
    const progress = document.createElement('progress');
    progress.hidden = true;
    progress.setAttribute('aria-label', `Rebuilding ${name}`);
    const view = document.createElement('div');
    view.className = 'proj-view';
    root.append(header, status, progress, view);
    list.append(root);
    const created = { root, status, progress, view, button };
    cards.set(name, created);
    return created;
  }

  return {
    render(projections, position) {
      const names = new Set(projections.map((p) => p.name));
      for (const [name, old] of cards) {
        if (!names.has(name)) {
          old.root.remove();
          cards.delete(name);
        }
      }
      for (const projection of projections) {
        const c = card(projection.name);
        c.root.dataset.status = projection.status;
        const state = projection.status === 'caughtUp' ? 'caught up' : `fallen behind by ${projection.behind}`;
        c.status.textContent = `Checkpoint ${projection.checkpoint.toLocaleString('en')} of ${position.toLocaleString('en')} · ${state}`;
        renderStateTree(c.view, projection.view, withAncestors(projection.changedPaths ?? []));
      }
      if (projections.length === 0) {
        const none = document.createElement('p');
        none.textContent = 'This code defines no projections.';
        list.replaceChildren(none);
      }
    },
    setRebuilt(name, eventsReplayed) {
      const c = cards.get(name);
      if (!c) return;
      c.status.textContent = `Rebuilt from 0 by replaying ${eventsReplayed.toLocaleString('en')} events · caught up`;
      c.root.dataset.status = 'caughtUp';
    },
    setRebuilding(name, progress) {
      const c = cards.get(name);
      if (!c) return;
      c.progress.hidden = progress === null;
      c.button.disabled = progress !== null;
      if (progress) {
        c.progress.max = Math.max(1, progress.total);
        c.progress.value = progress.at;
        c.root.dataset.status = 'rebuilding';
        c.status.textContent = `Rebuilding from 0: ${progress.at.toLocaleString('en')} of ${progress.total.toLocaleString('en')} events replayed`;
      }
    },
  };
}
