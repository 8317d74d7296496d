/**
 * Repaints a demo's hosts (the same ones the build rendered): events around
 * the current position, the facts, and the state or read model as the
 * playground's state tree. Text goes in with textContent only.
 */
import { renderStateTree } from '../../viz/state-tree.ts';
import { typeColor } from '../../viz/event-colors.ts';
import { preview } from '../../viz/diff.ts';
import type { EventLike, Fact } from '../kinds.ts';
import { eventWindow } from '../modes.ts';

/** A window of events around `applied`, so the current one is always in sight without scrolling. */
export function paintEvents(host: HTMLElement, events: readonly EventLike[], applied: number, marked: number | null = null): void {
  const { from, to } = eventWindow(applied, events.length);
  const rows = events.slice(from, to).map((e, j) => {
    const i = from + j;
    const li = document.createElement('li');
    li.className = 'demo-ev';
    li.value = i + 1;
    li.dataset.n = String(i + 1);
    li.classList.toggle('is-applied', i < applied);
    li.classList.toggle('is-current', i === applied - 1);
    li.classList.toggle('is-marked', marked !== null && i === marked - 1);
    li.style.setProperty('--type-color', typeColor(e.type));
    if (i === applied - 1) li.setAttribute('aria-current', 'step');
    const type = document.createElement('span');
    type.className = 'demo-ev-type';
    type.textContent = e.type;
    const data = document.createElement('span');
    data.className = 'demo-ev-data';
    data.textContent = preview(e.data, 60);
    li.append(type, ' ', data);
    return li;
  });
  host.replaceChildren(...rows);
}

export function paintFacts(host: HTMLElement, facts: readonly Fact[]): void {
  host.replaceChildren(
    ...facts.map((f) => {
      const row = document.createElement('div');
      row.className = 'demo-fact';
      if (f.tone) row.classList.add(`is-${f.tone}`);
      const dt = document.createElement('dt');
      dt.textContent = f.label;
      const dd = document.createElement('dd');
      dd.textContent = f.value;
      row.append(dt, dd);
      return row;
    }),
  );
}

export function paintTree(host: HTMLElement, value: unknown, changed: readonly string[] = []): void {
  const set = new Set<string>();
  for (const path of changed) {
    // Mark the parents too, as the playground does, so a collapsed branch shows that something inside changed.
    const parts = path.split('.');
    for (let i = 1; i <= parts.length; i += 1) set.add(parts.slice(0, i).join('.'));
  }
  renderStateTree(host, value, set);
}
