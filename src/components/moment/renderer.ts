/**
 * The one renderer of a moment. Panels are listed here by name, one line
 * each; a page names the hosts of the panels it shows (the playground: state,
 * diff, fold, chart, projections, details; an exercise: events, state, diff,
 * projections; a live demo: events, event, facts) and draws every moment the
 * feed brings with `draw`. Adding a panel is one file in panels/ and one line
 * below (CONTRIBUTING.md, "A panel").
 */
import type { Moment } from './moment.ts';
import type { MomentPanel, PanelOptions } from './panel.ts';
import { statePanel } from './panels/state.ts';
import { diffPanel } from './panels/diff.ts';
import { foldPanel } from './panels/fold.ts';
import { chartPanel } from './panels/chart.ts';
import { projectionsPanel } from './panels/projections.ts';
import { eventsPanel } from './panels/events.ts';
import { eventPanel } from './panels/event.ts';
import { factsPanel } from './panels/facts.ts';
import { detailsPanel } from './panels/details.ts';

export const PANELS = {
  state: statePanel,
  diff: diffPanel,
  fold: foldPanel,
  chart: chartPanel,
  projections: projectionsPanel,
  events: eventsPanel,
  event: eventPanel,
  facts: factsPanel,
  details: detailsPanel,
} satisfies Record<string, (host: HTMLElement, options: PanelOptions) => MomentPanel>;

export type PanelName = keyof typeof PANELS;
export type PanelOf<N extends PanelName> = ReturnType<(typeof PANELS)[N]>;

export interface MomentRenderer<N extends PanelName> {
  /** Every chosen panel draws the moment. */
  draw(moment: Moment): void;
  /** One panel, for what only it does (the chart's data, a projection's rebuild progress). */
  panel<K extends N>(name: K): PanelOf<K>;
}

export function createMomentRenderer<N extends PanelName>(hosts: Record<N, HTMLElement>, options: PanelOptions = {}): MomentRenderer<N> {
  const made = new Map<PanelName, MomentPanel>();
  for (const name of Object.keys(hosts) as N[]) made.set(name, PANELS[name](hosts[name], options));
  return {
    draw(moment) {
      for (const panel of made.values()) panel.draw(moment);
    },
    panel<K extends N>(name: K) {
      return made.get(name) as PanelOf<K>;
    },
  };
}
