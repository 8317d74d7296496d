/** Every read model at the moment, with its checkpoint and lag (viz/projections-panel.ts draws them). */
import { createProjectionsPanel, type ProjectionsPanel } from '../../viz/projections-panel.ts';
import type { MomentPanel, PanelOptions } from '../panel.ts';

export function projectionsPanel(host: HTMLElement, options: PanelOptions): MomentPanel & ProjectionsPanel {
  const panel = createProjectionsPanel(host, options.onRebuild ?? null);
  return {
    ...panel,
    draw(moment) {
      panel.render(moment.projections, moment.position);
    },
  };
}
