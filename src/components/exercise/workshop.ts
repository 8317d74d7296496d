/**
 * The workshop planner's behaviour. The plan lives in the URL hash; every
 * change re-renders the order, the links and the handout from it, with
 * textContent only (the title is typed by the trainer).
 */
import { embedUrl, iframeSnippet, pageUrl } from './embed-snippet.ts';
import type { ExerciseSummary } from './exercises-data.ts';
import { move, parsePlan, planToHash, type WorkshopPlan } from './workshop-plan.ts';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function startWorkshop(host: HTMLElement | null, catalog: readonly ExerciseSummary[]): void {
  if (!host) return;
  const root: HTMLElement = host;
  const q = <T extends Element>(selector: string): T => {
    const found = root.querySelector<T>(selector);
    if (!found) throw new Error(`workshop: missing ${selector}`);
    return found;
  };
  const picks = [...root.querySelectorAll<HTMLInputElement>('input[data-pick]')];
  const titleInput = q<HTMLInputElement>('[data-title]');
  const hide = q<HTMLInputElement>('[data-hide-solution]');
  const theme = q<HTMLSelectElement>('[data-theme-choice]');
  const order = q<HTMLOListElement>('[data-order]');
  const empty = q<HTMLElement>('[data-empty]');
  const note = q<HTMLElement>('[data-note]');
  const links = q<HTMLOListElement>('[data-links]');
  const handoutTitle = q<HTMLElement>('[data-handout-title]');
  const handoutList = q<HTMLOListElement>('[data-handout-list]');
  const byId = new Map(catalog.map((exercise) => [exercise.id, exercise]));
  const origin = window.location.origin;

  let plan: WorkshopPlan = parsePlan(window.location.hash, catalog.map((exercise) => exercise.id));

  const commit = (next: WorkshopPlan, focusSelector?: string): void => {
    plan = next;
    history.replaceState(null, '', `${window.location.pathname}${window.location.search}${planToHash(plan)}`);
    render();
    if (focusSelector) root.querySelector<HTMLElement>(focusSelector)?.focus();
  };

  function orderItem(id: string, index: number): HTMLLIElement {
    const exercise = byId.get(id);
    const item = el('li', 'ws-order-item');
    item.append(el('span', 'ws-order-title', exercise ? exercise.title : id));
    const buttons = el('span', 'ws-order-buttons');
    const button = (label: string, action: string, disabled: boolean, onClick: () => void): HTMLButtonElement => {
      const b = el('button', 'button ws-small', label);
      b.type = 'button';
      b.disabled = disabled;
      b.dataset.action = `${action}-${index}`;
      b.setAttribute('aria-label', `${label}: ${exercise?.title ?? id}`);
      b.addEventListener('click', onClick);
      return b;
    };
    buttons.append(
      button('Up', 'up', index === 0, () => commit({ ...plan, ids: move(plan.ids, index, -1) }, `[data-action="up-${Math.max(0, index - 1)}"]`)),
      button('Down', 'down', index === plan.ids.length - 1, () =>
        commit({ ...plan, ids: move(plan.ids, index, 1) }, `[data-action="down-${Math.min(plan.ids.length - 1, index + 1)}"]`),
      ),
      button('Remove', 'remove', false, () => commit({ ...plan, ids: plan.ids.filter((other) => other !== id) }, '[data-select-all]')),
    );
    item.append(buttons);
    return item;
  }

  function linkItem(id: string, index: number): HTMLLIElement {
    const exercise = byId.get(id);
    const title = exercise?.title ?? id;
    const item = el('li', 'ws-link-item');
    const heading = el('h3', undefined, `${index + 1}. ${title}`);
    const link = el('a', undefined, pageUrl(origin, id));
    link.href = pageUrl(origin, id);
    const embed = el('a', undefined, 'embed preview');
    embed.href = embedUrl(origin, id, plan);
    const linkLine = el('p');
    linkLine.append(link, document.createTextNode(' · '), embed);
    const label = el('label', 'ws-snippet-label', 'Iframe snippet');
    const area = el('textarea', 'ws-snippet');
    area.readOnly = true;
    area.rows = 3;
    area.value = iframeSnippet(origin, id, title, plan);
    area.id = `ws-snippet-${id}`;
    label.htmlFor = area.id;
    item.append(heading, linkLine, label, area);
    return item;
  }

  function handoutItem(id: string): HTMLLIElement {
    const exercise = byId.get(id);
    const item = el('li');
    item.append(el('strong', undefined, exercise?.title ?? id));
    if (exercise) item.append(el('span', 'ws-muted', ` (case study: ${exercise.caseStudy})`), el('p', undefined, exercise.summary));
    item.append(el('p', 'ws-url', pageUrl(origin, id)));
    return item;
  }

  function render(): void {
    const chosen = new Set(plan.ids);
    for (const pick of picks) pick.checked = chosen.has(pick.value);
    if (document.activeElement !== titleInput) titleInput.value = plan.title;
    hide.checked = plan.hideSolution;
    theme.value = plan.theme;
    empty.hidden = plan.ids.length > 0;
    order.replaceChildren(...plan.ids.map(orderItem));
    links.replaceChildren(...plan.ids.map(linkItem));
    handoutTitle.textContent = plan.title;
    handoutList.replaceChildren(...plan.ids.map(handoutItem));
    root.classList.toggle('has-plan', plan.ids.length > 0);
  }

  for (const pick of picks) {
    pick.addEventListener('change', () => {
      const ids = pick.checked ? [...plan.ids.filter((id) => id !== pick.value), pick.value] : plan.ids.filter((id) => id !== pick.value);
      commit({ ...plan, ids });
    });
  }
  q<HTMLButtonElement>('[data-select-all]').addEventListener('click', () => {
    const missing = catalog.map((exercise) => exercise.id).filter((id) => !plan.ids.includes(id));
    commit({ ...plan, ids: [...plan.ids, ...missing] });
  });
  q<HTMLButtonElement>('[data-clear]').addEventListener('click', () => commit({ ...plan, ids: [] }));
  titleInput.addEventListener('input', () => commit({ ...plan, title: titleInput.value.trim().slice(0, 120) || parsePlan('', []).title }));
  hide.addEventListener('change', () => commit({ ...plan, hideSolution: hide.checked }));
  theme.addEventListener('change', () => {
    const value = theme.value;
    commit({ ...plan, theme: value === 'light' || value === 'dark' ? value : 'auto' });
  });
  q<HTMLButtonElement>('[data-copy-links]').addEventListener('click', async () => {
    const text = plan.ids.map((id, i) => `${i + 1}. ${byId.get(id)?.title ?? id}: ${pageUrl(origin, id)}`).join('\n');
    if (!text) {
      note.textContent = 'Pick at least one exercise first.';
      return;
    }
    try {
      await navigator.clipboard.writeText(text);
      note.textContent = `Copied ${plan.ids.length} link${plan.ids.length === 1 ? '' : 's'}.`;
    } catch {
      note.textContent = 'Copying is not allowed here: select the links below and copy them by hand.';
    }
  });
  q<HTMLButtonElement>('[data-print]').addEventListener('click', () => window.print());
  window.addEventListener('hashchange', () => {
    plan = parsePlan(window.location.hash, catalog.map((exercise) => exercise.id));
    render();
  });
  render();
}
