/**
 * The deck's dialogs: overview (o), go to (g), help (?). They live outside
 * the swapped slide, so they keep working after any number of swaps. Native
 * <dialog> gives the focus trap, Escape and the top layer for free.
 */
export interface DialogHost {
  current(): number;
  total(): number;
  go(n: number): void;
}

function byId<T extends HTMLElement>(id: string): T | null {
  return document.getElementById(id) as T | null;
}

export function anyDialogOpen(): boolean {
  return document.querySelector('dialog[open]') !== null;
}

function open(dialog: HTMLDialogElement | null, focus?: HTMLElement | null): void {
  if (!dialog || dialog.open) return;
  for (const other of document.querySelectorAll<HTMLDialogElement>('dialog[open]')) other.close();
  dialog.showModal();
  focus?.focus();
}

export function openHelp(): void {
  open(byId<HTMLDialogElement>('deck-help'));
}

export function openGoto(host: DialogHost): void {
  const dialog = byId<HTMLDialogElement>('deck-goto');
  const input = dialog?.querySelector<HTMLInputElement>('input[name="n"]') ?? null;
  if (input) input.value = String(host.current());
  open(dialog, input);
  input?.select();
}

export function openOverview(host: DialogHost): void {
  const dialog = byId<HTMLDialogElement>('deck-overview');
  const here = dialog?.querySelector<HTMLAnchorElement>(`a[data-n="${host.current()}"]`) ?? null;
  open(dialog, here);
  here?.scrollIntoView({ block: 'nearest' });
}

/** After a swap: the overview marks the slide we are on. */
export function markCurrent(n: number): void {
  // Two attribute changes, not one per card: this runs on every slide change.
  document.querySelector('#deck-overview a[aria-current]')?.removeAttribute('aria-current');
  document.querySelector(`#deck-overview a[data-n="${n}"]`)?.setAttribute('aria-current', 'page');
}

/** Arrow keys move between overview cards; Up/Down jump a row of the grid. */
function gridKeys(dialog: HTMLDialogElement, e: KeyboardEvent): void {
  const links = Array.from(dialog.querySelectorAll<HTMLAnchorElement>('a[data-n]'));
  const at = links.indexOf(document.activeElement as HTMLAnchorElement);
  if (at < 0) return;
  const grid = dialog.querySelector<HTMLElement>('.overview-grid');
  const columns = grid ? getComputedStyle(grid).gridTemplateColumns.split(' ').length : 1;
  const delta: Record<string, number> = {
    ArrowRight: 1,
    ArrowLeft: -1,
    ArrowDown: columns,
    ArrowUp: -columns,
  };
  let to: number | undefined;
  if (e.key in delta) to = Math.max(0, Math.min(links.length - 1, at + (delta[e.key] ?? 0)));
  else if (e.key === 'Home') to = 0;
  else if (e.key === 'End') to = links.length - 1;
  if (to === undefined) return;
  e.preventDefault();
  links[to]?.focus();
  links[to]?.scrollIntoView({ block: 'nearest' });
}

export function wireDialogs(host: DialogHost): void {
  const overview = byId<HTMLDialogElement>('deck-overview');
  overview?.addEventListener('keydown', (e) => gridKeys(overview, e));
  overview?.addEventListener('click', (e) => {
    const a = e.target instanceof Element ? e.target.closest<HTMLAnchorElement>('a[data-n]') : null;
    if (!a || e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    overview.close();
    host.go(Number(a.dataset.n));
  });
  // A click on the backdrop (outside the dialog box) closes a dialog.
  for (const d of document.querySelectorAll<HTMLDialogElement>('dialog.deck-dialog')) {
    // Closed with nothing to give focus back to, a dialog would leave it on its
    // hidden field until the next frame: the deck's keys start at once instead.
    d.addEventListener('close', () => {
      const active = document.activeElement;
      if (active instanceof HTMLElement && d.contains(active)) active.blur();
    });
    d.addEventListener('click', (e) => {
      if (e.target === d) {
        const r = d.getBoundingClientRect();
        const inside = e.clientX >= r.left && e.clientX <= r.right && e.clientY >= r.top && e.clientY <= r.bottom;
        if (!inside) d.close();
      }
    });
  }

  const goto = byId<HTMLDialogElement>('deck-goto');
  const form = byId<HTMLFormElement>('deck-goto-form');
  form?.addEventListener('submit', (e) => {
    e.preventDefault();
    const value = Number(new FormData(form).get('n'));
    if (!Number.isInteger(value) || value < 1 || value > host.total()) return; // the input shows why
    goto?.close();
    host.go(value);
  });
  goto?.querySelector('[data-close]')?.addEventListener('click', () => goto.close());
}
