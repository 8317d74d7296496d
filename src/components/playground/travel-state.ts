/**
 * The state in one line, in the time-travel bar. On a phone the panes are
 * stacked, so while the slider is dragged the State region is off screen;
 * the bar sticks to the top and carries this summary: the top-level fields
 * of the state as the tree shows them, what the last event changed first.
 * It reads the tree (viz/state-tree.ts) rather than the worker, so it always
 * says what the State region says. Text only.
 */
const SHOWN = 4;

interface Field {
  text: string;
  changed: boolean;
}

function fieldsOf(tree: HTMLElement): Field[] {
  const items = tree.querySelector(':scope > ul.tree')?.children ?? [];
  const fields: Field[] = [];
  for (const item of items) {
    const key = item.querySelector(':scope > .tree-key, :scope > details > summary > .tree-key')?.textContent;
    if (!key) continue;
    const value = item.querySelector(':scope > .tree-val, :scope > details > summary > .tree-size')?.textContent?.trim() ?? '';
    const changed = item.classList.contains('is-changed') || item.querySelector(':scope > details > summary.is-changed') !== null;
    fields.push({ text: `${key}: ${value}`, changed });
  }
  return fields;
}

export function watchTravelState(tree: HTMLElement, out: HTMLElement): void {
  let queued = false;
  const render = (): void => {
    queued = false;
    const fields = fieldsOf(tree);
    const ordered = [...fields.filter((f) => f.changed), ...fields.filter((f) => !f.changed)].slice(0, SHOWN);
    const parts: Node[] = [];
    for (const field of ordered) {
      if (parts.length) parts.push(document.createTextNode(' · '));
      const span = document.createElement('span');
      span.textContent = field.text;
      if (field.changed) span.className = 'is-changed';
      parts.push(span);
    }
    if (fields.length > SHOWN) parts.push(document.createTextNode(` · +${fields.length - SHOWN} more`));
    out.replaceChildren(...parts);
  };
  new MutationObserver(() => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(render);
  }).observe(tree, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['class'] });
  render();
}
