/**
 * Shows one moment of the stream: the state after `position` events (tree,
 * what the last event changed, snapshot counter), the chart marker and every
 * projection. Moves arrive faster than the worker answers while a slider is
 * dragged: only the latest wanted position is asked for, stale answers drop.
 */
import type { Message, ProjectionAt } from '../../../playground/runner/protocol.ts';
import { changedPathSet, diffValues, normalisePath } from '../viz/diff.ts';
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
  projections: ProjectionsPanel;
}

export interface MomentRequest {
  /** Position on the folded stream (skipped events left out). */
  folded: number;
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

function eventLabel(event: Message | undefined, position: number): string | null {
  if (position === 0 || !event) return null;
  return `Event ${position} (${event.type})`;
}

export function createMomentView(runner: Runner, targets: MomentTargets, onError: (error: RunnerError) => void): MomentView {
  let wanted: MomentRequest | null = null;
  let running: Promise<void> | null = null;

  /** The last state shown, so a step of one event needs no second fold for the diff. */
  let shown: { position: number; state: unknown } | null = null;

  async function render(request: MomentRequest): Promise<void> {
    const k = request.folded;
    const now = await runner.stateAt(k);
    const projections = await runner.projectionsAt(k, { lag: request.lag });
    // 'stale' answers (a newer request replaced them) are dropped by onError.
    if (!now.ok) return onError(now.error);
    if (!projections.ok) return onError(projections.error);
    const state = displayable(now.state, now.stateCut);
    // The tree's highlight comes with the answer (the worker diffs the last event).
    const changed = changedPathSet((now.changedPaths ?? []).map((path) => ({ path: normalisePath(path), before: undefined, after: undefined, kind: 'changed' as const })));
    renderStateTree(targets.tree, state, changed);
    const snapshot = now.fromSnapshot > 0
      ? `from the snapshot at event ${now.fromSnapshot} instead of all ${now.position}`
      : 'folded from the initial state';
    targets.snap.textContent = `Events read: ${now.eventsRead} (${snapshot})${now.terminal ? ' · terminal state: no more commands accepted' : ''}`;
    targets.chart?.setCurrent(now.position);
    targets.projections.render(
      projections.projections.map((p: ProjectionAt) => ({ ...p, view: displayable(p.view, p.viewCut) })),
      projections.position,
    );
    const label = eventLabel(now.lastEvent, now.position);
    const previous = shown;
    shown = { position: k, state };
    // The before/after list needs the state one event earlier: free when stepping,
    // otherwise one more call, made after the view is already up to date.
    if (k === 0) return renderDiffList(targets.diff, [], null);
    if (previous?.position === k - 1) return renderDiffList(targets.diff, diffValues(previous.state, state), label);
    const token = ++diffToken;
    diffPending = previousState(k - 1).then((before) => {
      // A newer moment owns the diff now (its own request may have replaced this one).
      if (token === diffToken && before.ok) renderDiffList(targets.diff, diffValues(before.value, state), label);
    });
  }
  /** The before/after list's call, so background work (the chart) waits for it too. */
  let diffPending: Promise<void> = Promise.resolve();
  let diffToken = 0;

  async function previousState(position: number): Promise<{ ok: true; value: unknown } | { ok: false }> {
    const answer = await runner.stateAt(position);
    return answer.ok ? { ok: true, value: displayable(answer.state, answer.stateCut) } : { ok: false };
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
      await diffPending;
    },
  };
}
