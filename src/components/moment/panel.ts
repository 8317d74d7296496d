/**
 * What a panel is: it draws one part of a moment into its host, patching the
 * DOM in place (text as textContent, never as HTML). Panels are listed by
 * name in renderer.ts; a page names the ones it shows.
 */
import type { Moment } from './moment.ts';

export interface MomentPanel {
  draw(moment: Moment): void;
}

/** What a page may hand its panels besides their host. */
export interface PanelOptions {
  /** The projections panel shows a Rebuild button per read model when given this. */
  onRebuild?: (name: string) => void;
}

export type PanelFactory = (host: HTMLElement, options: PanelOptions) => MomentPanel;
