/**
 * "Your fold": the exercise's sample stream folded with the learner's own
 * decider, in the worker. A range input picks how many events are applied;
 * each position is one moment from the runner (moment/feed.ts) drawn by the
 * one renderer with this page's panels: the sample events, the state tree
 * marking what the last event changed, that change as a list, and the
 * learner's projections at the same position.
 */
import type { RunnerClient } from '../../../playground/runner/client.ts';
import type { RunnerError } from '../../../playground/runner/protocol.ts';
import { createMomentFeed } from '../moment/feed.ts';
import { fromRunner, type EventLike, type Moment } from '../moment/moment.ts';
import { createMomentRenderer } from '../moment/renderer.ts';

export interface FoldTargets {
  /** Views of the learner's projections at the same position, when the module exports any. */
  projections: HTMLElement;
  range: HTMLInputElement;
  output: HTMLOutputElement;
  events: HTMLOListElement;
  tree: HTMLElement;
  diff: HTMLElement;
  note: HTMLElement;
}

export interface FoldView {
  /** After a successful load: send the sample and show the state after all of it. */
  show(): Promise<void>;
  /** The code did not load: say why the fold is not shown. */
  unavailable(reason: string): void;
}

function isSampleEvent(value: unknown): value is EventLike {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

export function createFoldView(
  runner: Pick<RunnerClient, 'setEvents' | 'momentAt'>,
  sample: readonly unknown[],
  targets: FoldTargets,
  onError: (error: RunnerError) => void,
): FoldView {
  const events = sample.filter(isSampleEvent);
  targets.range.max = String(events.length);
  const renderer = createMomentRenderer({ events: targets.events, state: targets.tree, diff: targets.diff, projections: targets.projections });
  const feed = createMomentFeed<number, Moment>({
    async fetch(position) {
      const answer = await runner.momentAt(position);
      if (!answer.ok) return answer;
      return { ok: true, moment: fromRunner(answer, { stream: { events, applied: answer.position } }) };
    },
    draw(moment) {
      targets.projections.hidden = moment.projections.length === 0;
      renderer.draw(moment);
      targets.output.value = `${moment.position} of ${events.length}`;
    },
    onError,
  });
  // The sample list is there before the first fold, nothing applied yet.
  renderer.panel('events').draw({ position: 0, count: events.length, state: undefined, projections: [], stream: { events, applied: 0 } });
  let ready = false;

  targets.range.addEventListener('input', () => {
    if (ready) void feed.want(Number(targets.range.value));
  });

  return {
    async show() {
      feed.reset();
      const sent = await runner.setEvents([...events]);
      if (!sent.ok) {
        if (sent.error.kind !== 'stale') onError(sent.error);
        return;
      }
      ready = true;
      targets.range.disabled = false;
      targets.note.textContent = 'Your decider folds the sample stream below. Move the slider to step through it.';
      targets.range.value = String(events.length);
      await feed.want(events.length);
    },
    unavailable(reason) {
      ready = false;
      feed.reset();
      targets.range.disabled = true;
      targets.note.textContent = reason;
      targets.tree.replaceChildren();
      targets.diff.replaceChildren();
      // The projections panel keeps its cards (it patches them): hidden until the code folds again.
      targets.projections.hidden = true;
    },
  };
}
