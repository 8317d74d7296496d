/**
 * The playground's view of one moment: the runner's `momentAt` through the
 * one feed (latest position wins, stale answers dropped) into the one
 * renderer, with the panels this page shows: the state tree, what the last
 * event changed, how the state was folded, the chart's marker, every
 * projection and the selected event whole.
 */
import type { RunnerError } from '../../../playground/runner/protocol.ts';
import { createMomentFeed } from '../moment/feed.ts';
import { fromRunner } from '../moment/moment.ts';
import type { MomentRenderer } from '../moment/renderer.ts';
import type { Runner } from './runner-port.ts';

export type PlaygroundPanels = 'state' | 'diff' | 'fold' | 'chart' | 'projections' | 'details';

export interface MomentRequest {
  /** Position on the folded stream (skipped events left out). */
  folded: number;
  /** The list's number for the last event folded (differs from `folded` when events are skipped). */
  lastEventNumber: number;
  lag: number;
}

export interface MomentView {
  show(request: MomentRequest): Promise<void>;
  /** Resolves when every asked-for moment has been shown (tests and the bench wait on the DOM instead). */
  idle(): Promise<void>;
}

export function createMomentView(
  runner: Runner,
  renderer: MomentRenderer<PlaygroundPanels>,
  chartValue: (state: unknown) => number | undefined,
  onError: (error: RunnerError) => void,
): MomentView {
  const feed = createMomentFeed<MomentRequest, ReturnType<typeof fromRunner>>({
    async fetch(request) {
      // One call per move: the state, the projections and the state before the last event.
      const answer = await runner.momentAt(request.folded, { lag: request.lag });
      if (!answer.ok) return answer;
      const moment = fromRunner(answer, answer.lastEvent ? { lastEventNumber: request.lastEventNumber } : {});
      return { ok: true, moment: { ...moment, chartValue: chartValue(moment.state) } };
    },
    draw: (moment) => renderer.draw(moment),
    onError,
  });
  return { show: (request) => feed.want(request), idle: () => feed.idle() };
}
