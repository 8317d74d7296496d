/**
 * One record per kind of demo control: its range, where it rests, the words
 * beside it, and which events the shown state and read model hold at a
 * position. The build (moment-at-build.ts, DemoView.astro) and the live demo
 * (client/run.ts) both read it, so a printed slide and a live one at the same
 * position say the same thing.
 */
import { RACE_STEPS } from '../../../playground/examples/ticketfly-seats/demo-facts.ts';
import type { DemoMode } from './kinds.ts';

/** The read model a demo shows: folded up to `at`, trailing it by `lag` events. */
export interface ViewAt {
  at: number;
  lag: number;
}

export interface ModeRule {
  /** The control's maximum for a stream of `count` events. */
  max(count: number): number;
  /** Where the demo rests when printed or first shown: a moment worth looking at. */
  rest(count: number): number;
  /** The words beside the control, also its aria-valuetext. */
  label(position: number, max: number): string;
  /** Events marked as applied in the event list (the rest are faded). */
  applied(position: number, count: number): number;
  /** Events folded into the write-side state shown. */
  stateAt(position: number, count: number): number;
  /** The read model shown, or null when the panel shows the state. */
  view(position: number, count: number): ViewAt | null;
}

const ofMax = (position: number, max: number): string => `${position} / ${max}`;

export const MODES: Record<DemoMode, ModeRule> = {
  // The control is the time-travel position: events applied.
  travel: {
    max: (count) => count,
    rest: (count) => count,
    label: ofMax,
    applied: (position) => position,
    stateAt: (position) => position,
    view: () => null,
  },
  // The write side is complete; the control is how far the read side trails it (at most 12 events).
  lag: {
    max: (count) => Math.min(12, count),
    rest: (count) => Math.min(6, count),
    label: (position) => `${position} event${position === 1 ? '' : 's'} behind`,
    applied: (position, count) => count - position,
    stateAt: (_position, count) => count,
    view: (position, count) => ({ at: count, lag: position }),
  },
  // The control steps through two writers racing on one stream version.
  race: {
    max: () => RACE_STEPS.length - 1,
    rest: () => RACE_STEPS.length - 1,
    label: (position, max) => `step ${position} of ${max}`,
    applied: (_position, count) => count,
    stateAt: (_position, count) => count,
    view: () => null,
  },
  // The control is how many events a rebuilt projection has replayed.
  rebuild: {
    max: (count) => count,
    rest: (count) => count,
    label: ofMax,
    applied: (position) => position,
    stateAt: (_position, count) => count,
    view: (position) => ({ at: position, lag: 0 }),
  },
};

/** Rows of the stream a demo lists around the current event: few, so each is large enough to read from the back. */
export const DEMO_WINDOW = 4;

/** The slice of the stream a read model holds at `view`. */
export const viewEvents = (view: ViewAt): number => Math.max(0, view.at - view.lag);

/** How far the read model shown trails the state shown: the `lag` to ask `momentAt` for (0 when no read model is shown). */
export const viewLag = (rule: ModeRule, position: number, count: number): number => {
  const view = rule.view(position, count);
  return view ? Math.max(0, rule.stateAt(position, count) - viewEvents(view)) : 0;
};
