/**
 * The chart's data: the example's numeric field (example.json `chart.path`)
 * sampled across the folded stream. Samples are asked for one at a time and
 * only while the page is idle, so dragging the slider always goes first.
 */
import type { Chart, ChartPoint } from '../viz/chart.ts';
import type { PageState } from './page-state.ts';
import type { Runner } from './runner-port.ts';
import { foldedPosition } from './what-if.ts';

const MAX_SAMPLES = 80;
let generation = 0;

export function readPath(value: unknown, path: string): number | undefined {
  let current: unknown = value;
  for (const key of path.split('.')) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return typeof current === 'number' && Number.isFinite(current) ? current : undefined;
}

/** Stops the sampling in progress: a run is about to change code or events. */
export function cancelSeries(): void {
  generation += 1;
}

/** Where the chart samples a folded stream of `total` events: at most MAX_SAMPLES + 1 positions, the end included. */
export function samplePositions(total: number): number[] {
  const step = Math.max(1, Math.ceil(total / MAX_SAMPLES));
  const positions: number[] = [];
  for (let k = 0; k < total; k += step) positions.push(k);
  positions.push(total);
  return positions;
}

export async function loadSeries(runner: Runner, state: PageState, chart: Chart, host: HTMLElement, idle: () => Promise<void>): Promise<void> {
  const spec = state.meta.chart;
  const mine = ++generation;
  if (!spec) return;
  const total = foldedPosition(state.events.length, state.skipped);
  const positions = samplePositions(total);
  const points: ChartPoint[] = [];
  for (let i = 0; i < positions.length; i += 1) {
    await idle();
    if (mine !== generation) return; // the stream changed: a newer series is on its way
    const answer = await runner.stateAt(positions[i]);
    if (!answer.ok) {
      if (answer.error.kind === 'stale') {
        i -= 1; // the slider moved meanwhile: ask again
        continue;
      }
      return;
    }
    const y = readPath(answer.state, spec.path);
    if (y !== undefined) points.push({ x: answer.position, y });
  }
  if (mine !== generation) return;
  host.hidden = points.length === 0;
  // The chart keeps its marker and caption: the moment shown has not changed.
  chart.setData(spec.label, points);
}
