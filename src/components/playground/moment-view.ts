/**
 * Shows one moment of the stream: the state after `position` events (tree,
 * what the last event changed, snapshot counter), the chart marker and every
 * projection. Moves arrive faster than the worker answers while a slider is
 * dragged: only the latest wanted position is asked for, stale answers drop.
 */
import type { Message, ProjectionAt } from '../../../playground/runner/protocol.ts';
import { diffValues, highlightSet, normalisePath } from '../viz/diff.ts';
import { renderDiffList } from '../viz/diff-list.ts';
import { renderStateTree } from '../viz/state-tree.ts';
import type { ProjectionsPanel } from '../viz/projections-panel.ts';
import type { Chart } from '../viz/chart.ts';
import type { Runner } from './runner-port.ts';
import type { RunnerError } from '../../../playground/runner/protocol.ts';

export interface MomentTargets {
  tree: HTMLElement;
  diff: HTMLElement;
  snap: HTMLElement;
  chart: Chart | null;
  /** The charted field read off a state (the caption shows the exact value, not the sampled line's). */
  chartValue: (state: unknown) => number | undefined;
  projections: ProjectionsPanel;
}

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

/** Values too big to send come back cut: show the note and the start of the JSON. */
function displayable(value: unknown, cut: boolean): unknown {
  if (!cut || typeof value !== 'object' || value === null) return value;
  const record = value as { note?: unknown; preview?: unknown };
  return { note: String(record.note ?? 'too large to show'), preview: String(record.preview ?? '') };
}

function eventLabel(event: Message | undefined, position: number, listNumber: number): string | null {
  if (position === 0 || !event) return null;
  return `Event ${listNumber} (${event.type})`;
}

export function createMomentView(runner: Runner, targets: MomentTargets, onError: (error: RunnerError) => void): MomentView {
  let wanted: MomentRequest | null = null;
  let running: Promise<void> | null = null;

  async function render(request: MomentRequest): Promise<void> {
    const k = request.folded;
    // One call per move: the state, the projections and the state before the last event.
    const moment = await runner.momentAt(k, { lag: request.lag });
    // 'stale' answers (a newer request replaced them) are dropped by onError.
    if (!moment.ok) return onError(moment.error);
    const state = displayable(moment.state, moment.stateCut);
    // The tree's highlight comes with the answer (the worker diffs the last event).
    renderStateTree(targets.tree, state, highlightSet(moment.changedPaths));
    const snapshot = moment.fromSnapshot > 0
      ? `from the snapshot at event ${moment.fromSnapshot} instead of all ${moment.position}`
      : 'folded from the initial state';
    targets.snap.textContent = `Events read: ${moment.eventsRead} (${snapshot})${moment.terminal ? ' · terminal state: no more commands accepted' : ''}`;
    targets.chart?.setCurrent(moment.position, targets.chartValue(state));
    targets.projections.render(
      moment.projections.map((p: ProjectionAt) => ({ ...p, view: displayable(p.view, p.viewCut) })),
      moment.position,
    );
    const label = eventLabel(moment.lastEvent, moment.position, request.lastEventNumber);
    if (label === null) return renderDiffList(targets.diff, [], null);
    // A state too large to send whole has no values to compare: list the paths that changed.
    const changes = moment.previousState !== undefined
      ? diffValues(moment.previousState, state)
      : (moment.changedPaths ?? []).map((path) => ({ path: normalisePath(path), before: undefined, after: undefined, kind: 'changed' as const }));
    renderDiffList(targets.diff, changes, label);
  }

  async function drain(): Promise<void> {
    while (wanted) {
      const request = wanted;
      wanted = null;
      await render(request);
    }
    running = null;
  }

  return {
    show(request) {
      wanted = request;
      if (!running) running = drain();
      return running;
    },
    async idle() {
      await (running ?? Promise.resolve());
    },
  };
}
