/**
 * "Your fold": the exercise's sample stream folded with the learner's own
 * decider, in the worker, one event at a time. A range input picks how many
 * events are applied; the state tree marks what the last event changed.
 */
import type { RunnerClient } from '../../../playground/runner/client.ts';
import type { RunnerError } from '../../../playground/runner/protocol.ts';
import { changedPathSet, diffValues, preview } from '../viz/diff.ts';
import { renderDiffList } from '../viz/diff-list.ts';
import { renderStateTree } from '../viz/state-tree.ts';

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

interface SampleEvent {
  type: string;
  data: unknown;
  metadata?: { occurredAt?: unknown; by?: unknown; schemaVersion?: unknown; globalPosition?: unknown };
}

/** The metadata an exercise is about (when, who, which version, where in the log), in a few words. */
function metadataNote(event: SampleEvent): string {
  const m = event.metadata;
  if (!m) return '';
  const parts: string[] = [];
  if (typeof m.globalPosition === 'number') parts.push(`#${m.globalPosition}`);
  if (typeof m.occurredAt === 'string') parts.push(m.occurredAt);
  if (typeof m.by === 'string') parts.push(`by ${m.by}`);
  if (typeof m.schemaVersion === 'number') parts.push(`v${m.schemaVersion}`);
  return parts.join(' · ');
}

function isSampleEvent(value: unknown): value is SampleEvent {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

export function createFoldView(
  runner: Pick<RunnerClient, 'setEvents' | 'stateAt' | 'projectionsAt'>,
  sample: readonly unknown[],
  targets: FoldTargets,
  onError: (error: RunnerError) => void,
): FoldView {
  const events = sample.filter(isSampleEvent);
  targets.range.max = String(events.length);
  targets.events.replaceChildren(
    ...events.map((event, index) => {
      const item = document.createElement('li');
      const type = document.createElement('code');
      type.textContent = event.type;
      item.append(type, document.createTextNode(` ${preview(event.data, 70)}`));
      const note = metadataNote(event);
      if (note) {
        const meta = document.createElement('span');
        meta.className = 'ex-fold-meta';
        meta.textContent = ` (${note})`;
        item.append(meta);
      }
      item.dataset.index = String(index);
      return item;
    }),
  );
  let ready = false;
  let wanted: number | null = null;
  let drawing = false;

  function mark(position: number): void {
    targets.output.value = `${position} of ${events.length}`;
    targets.events.querySelectorAll('li').forEach((item, index) => {
      item.classList.toggle('is-applied', index < position);
      if (index === position - 1) item.setAttribute('aria-current', 'step');
      else item.removeAttribute('aria-current');
    });
  }

  async function draw(position: number): Promise<void> {
    // k-1 first: the worker keeps its last two states, so k costs no second fold.
    const before = position > 0 ? await runner.stateAt(position - 1) : null;
    const now = await runner.stateAt(position);
    if (!now.ok) {
      if (now.error.kind !== 'stale') onError(now.error);
      return;
    }
    const changes = before?.ok ? diffValues(before.state, now.state) : [];
    renderStateTree(targets.tree, now.state, changedPathSet(changes));
    renderDiffList(targets.diff, changes, position === 0 ? null : `Event ${position} (${now.lastEvent?.type ?? '?'})`);
    mark(position);
    const views = await runner.projectionsAt(position);
    if (!views.ok) {
      if (views.error.kind !== 'stale') onError(views.error);
      return;
    }
    targets.projections.replaceChildren(
      ...views.projections.map((projection) => {
        const box = document.createElement('div');
        box.className = 'ex-fold-projection';
        const heading = document.createElement('h3');
        heading.textContent = `Projection ${projection.name}`;
        const tree = document.createElement('div');
        renderStateTree(tree, projection.view, new Set());
        box.append(heading, tree);
        return box;
      }),
    );
  }

  async function request(position: number): Promise<void> {
    wanted = position;
    if (drawing) return;
    drawing = true;
    try {
      while (wanted !== null) {
        const next = wanted;
        wanted = null;
        await draw(next);
      }
    } finally {
      drawing = false;
    }
  }

  targets.range.addEventListener('input', () => {
    if (ready) void request(Number(targets.range.value));
  });

  return {
    async show() {
      const sent = await runner.setEvents([...events]);
      if (!sent.ok) {
        if (sent.error.kind !== 'stale') onError(sent.error);
        return;
      }
      ready = true;
      targets.range.disabled = false;
      targets.note.textContent = 'Your decider folds the sample stream below. Move the slider to step through it.';
      targets.range.value = String(events.length);
      await request(events.length);
    },
    unavailable(reason) {
      ready = false;
      targets.range.disabled = true;
      targets.note.textContent = reason;
      targets.tree.replaceChildren();
      targets.diff.replaceChildren();
      targets.projections.replaceChildren();
    },
  };
}
