/**
 * The first moment of a page, folded at build time (scripts/fold-at-build.ts)
 * by the same session that answers in the worker, and painted before the
 * worker and the editor arrive.
 */
import type { MomentAt } from '../../../playground/runner/protocol.ts';
import type { ChartPoint } from '../viz/chart.ts';

/** One stream to fold: the code and events a page opens with. */
export interface FoldJob {
  key: string;
  code: string;
  /** The events as the page sends them: the JSON text, or the sample's array. */
  events: string | unknown[];
  snapshotEvery?: number;
  /** The example's charted field (example.json `chart.path`), when it has a chart. */
  chartPath: string | null;
}

export interface FirstMoment {
  /** The worker's answer to momentAt(end of the stream, no lag). */
  moment: MomentAt;
  /** The chart's samples, as series.ts asks for them; null without a chart. */
  series: ChartPoint[] | null;
}
