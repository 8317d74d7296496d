/** How the state shown was folded: how many events were read, and from which snapshot. */
import type { PanelFactory } from '../panel.ts';

export const foldPanel: PanelFactory = (host) => ({
  draw({ fold, position }) {
    if (!fold) return;
    const from = fold.fromSnapshot > 0
      ? `from the snapshot at event ${fold.fromSnapshot} instead of all ${position}`
      : 'folded from the initial state';
    host.textContent = `Events read: ${fold.eventsRead} (${from})${fold.terminal ? ' · terminal state: no more commands accepted' : ''}`;
  },
});
