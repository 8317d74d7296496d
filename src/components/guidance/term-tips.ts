/**
 * The toggletips' behaviour, for every .term on the page: a click pins the
 * bubble open (touch screens have no hover), Esc closes it and hands focus
 * back to the word, and aria-expanded says whether it is shown. Showing on
 * hover and focus is CSS (term.css), so it works before this runs.
 */
export function setupTermTips(root: ParentNode = document): void {
  const terms = [...root.querySelectorAll<HTMLElement>('.term')];
  const button = (term: HTMLElement) => term.querySelector<HTMLButtonElement>('.term-word');
  const sync = (term: HTMLElement): void => {
    const shown = !term.hasAttribute('data-dismissed') && (term.hasAttribute('data-pinned') || term.matches(':hover, :focus-within'));
    button(term)?.setAttribute('aria-expanded', String(shown));
  };
  for (const term of terms) {
    // A bubble that would leave the viewport on the right opens leftwards.
    term.dataset.align = term.getBoundingClientRect().left > window.innerWidth / 2 ? 'end' : 'start';
    button(term)?.addEventListener('click', () => {
      term.removeAttribute('data-dismissed');
      term.toggleAttribute('data-pinned');
      sync(term);
    });
    const leave = (): void => {
      if (term.matches(':hover, :focus-within')) return;
      term.removeAttribute('data-dismissed');
      term.removeAttribute('data-pinned');
      sync(term);
    };
    term.addEventListener('pointerenter', () => sync(term));
    term.addEventListener('pointerleave', leave);
    term.addEventListener('focusin', () => {
      term.dataset.align = term.getBoundingClientRect().left > window.innerWidth / 2 ? 'end' : 'start';
      sync(term);
    });
    term.addEventListener('focusout', () => requestAnimationFrame(leave));
    term.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || term.hasAttribute('data-dismissed')) return;
      // Esc closes the bubble, not more: the deck and dialogs do not see it.
      event.stopPropagation();
      term.setAttribute('data-dismissed', '');
      term.removeAttribute('data-pinned');
      button(term)?.focus();
      sync(term);
    });
  }
  // A click elsewhere closes pinned bubbles, as a toggletip does.
  document.addEventListener('click', (event) => {
    for (const term of terms) {
      if (term.hasAttribute('data-pinned') && !(event.target instanceof Node && term.contains(event.target))) {
        term.removeAttribute('data-pinned');
        sync(term);
      }
    }
  });
}
