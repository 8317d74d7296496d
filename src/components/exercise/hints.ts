/**
 * Hints revealed one at a time: all are in the page (they are not secrets,
 * only spoilers), hidden until asked for. The newly shown hint takes focus
 * so a screen reader reads it and the keyboard stays in place.
 */
export function wireHints(section: HTMLElement): void {
  const items = [...section.querySelectorAll<HTMLLIElement>('li[data-hint]')];
  const button = section.querySelector<HTMLButtonElement>('button[data-next-hint]');
  if (!button || items.length === 0) return;
  const update = (): void => {
    const shown = items.filter((item) => !item.hidden).length;
    if (shown === items.length) {
      button.hidden = true;
      return;
    }
    button.textContent = shown === 0 ? `Show a hint (1 of ${items.length})` : `Show the next hint (${shown + 1} of ${items.length})`;
  };
  button.hidden = false;
  button.addEventListener('click', () => {
    const next = items.find((item) => item.hidden);
    if (!next) return;
    next.hidden = false;
    next.focus();
    update();
  });
  update();
}
