/**
 * Resizable panes: each separator drags (pointer) or steps (arrow keys,
 * Home/End) the width of the pane before it, stored as a percentage in a CSS
 * custom property so the layout stays pure CSS.
 */
export function setupResizers(root: HTMLElement): void {
  for (const sep of root.querySelectorAll<HTMLElement>('.pg-sep')) {
    const paneId = sep.dataset.pane ?? '';
    const variable = paneId === 'pane-edit' ? '--w-edit' : '--w-events';
    const min = Number(sep.getAttribute('aria-valuemin') ?? 15);
    const max = Number(sep.getAttribute('aria-valuemax') ?? 60);
    const set = (percent: number): void => {
      const value = Math.round(Math.min(max, Math.max(min, percent)));
      root.style.setProperty(variable, `${value}%`);
      sep.setAttribute('aria-valuenow', String(value));
      sep.setAttribute('aria-valuetext', `${value}% of the width`);
    };
    sep.addEventListener('keydown', (event) => {
      const now = Number(sep.getAttribute('aria-valuenow'));
      const step = event.shiftKey ? 10 : 2;
      const next = event.key === 'ArrowLeft' ? now - step : event.key === 'ArrowRight' ? now + step : event.key === 'Home' ? min : event.key === 'End' ? max : null;
      if (next === null) return;
      event.preventDefault();
      set(next);
    });
    sep.addEventListener('pointerdown', (event) => {
      const panes = root.querySelector<HTMLElement>('.pg-panes');
      const pane = document.getElementById(paneId);
      if (!panes || !pane) return;
      sep.setPointerCapture(event.pointerId);
      const box = panes.getBoundingClientRect();
      const left = pane.getBoundingClientRect().left;
      const move = (e: PointerEvent): void => set(((e.clientX - left) / box.width) * 100);
      const up = (): void => {
        sep.removeEventListener('pointermove', move);
        sep.removeEventListener('pointerup', up);
      };
      sep.addEventListener('pointermove', move);
      sep.addEventListener('pointerup', up);
    });
  }
}
