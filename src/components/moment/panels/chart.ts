/** A numeric field of the state over time, with the moment marked (viz/chart.ts draws it). */
import { createChart, type Chart } from '../../viz/chart.ts';
import type { MomentPanel } from '../panel.ts';

export function chartPanel(host: HTMLElement): MomentPanel & Chart {
  const chart = createChart(host);
  return {
    ...chart,
    draw(moment) {
      chart.setCurrent(moment.position, moment.chartValue);
    },
  };
}
