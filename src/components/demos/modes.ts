/**
 * One record per kind of demo control: its range, where it rests, the words
 * beside it, and which events the shown state and read model hold at a
 * position. The build (moment-at-build.ts, DemoView.astro) and the live demo
 * (client/run.ts) both read it, so a printed slide and a live one at the same
 * position say the same thing.
 */
import { rec, type Moment } from '../../../playground/examples/demo-facts.ts';
import { RACE_SEAT, RACE_STEPS } from '../../../playground/examples/ticketfly-seats/demo-facts.ts';
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
  /** The region beside the facts: its name, and what it shows of a moment. */
  panel: { name: 'State' | 'Projections'; value(m: Moment): unknown };
}

const statePanel = { name: 'State', value: (m: Moment) => m.state } as const;
const viewPanel = { name: 'Projections', value: (m: Moment) => m.view } as const;

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
    panel: statePanel,
  },
  // The write side is complete; the control is how far the read side trails it (at most 12 events).
  lag: {
    max: (count) => Math.min(12, count),
    rest: (count) => Math.min(6, count),
    label: (position) => `${position} event${position === 1 ? '' : 's'} behind`,
    applied: (position, count) => count - position,
    stateAt: (_position, count) => count,
    view: (position, count) => ({ at: count, lag: position }),
    panel: viewPanel,
  },
  // The control steps through two writers racing on one stream version.
  race: {
    max: () => RACE_STEPS.length - 1,
    rest: () => RACE_STEPS.length - 1,
    label: (position, max) => `step ${position} of ${max}`,
    applied: (_position, count) => count,
    stateAt: (_position, count) => count,
    view: () => null,
    // Only the seat the buyers race for: the rest of the section does not change.
    panel: { name: 'State', value: (m) => ({ [RACE_SEAT]: rec(rec(m.state).seats)[RACE_SEAT] }) },
  },
  // The control is how many events a rebuilt projection has replayed.
  rebuild: {
    max: (count) => count,
    rest: (count) => count,
    label: ofMax,
    applied: (position) => position,
    stateAt: (_position, count) => count,
    view: (position) => ({ at: position, lag: 0 }),
    panel: viewPanel,
  },
};

/**
 * The events a demo lists around `applied`: about nine rows, the current one always
 * in sight without scrolling. The build and the live repaint list the same rows.
 */
export function eventWindow(applied: number, count: number): { from: number; to: number } {
  const from = Math.max(0, Math.min(applied - 6, count - 9));
  return { from, to: Math.max(from + 9, applied + 3) };
}

/** The slice of the stream a read model holds at `view`. */
export const viewEvents = (view: ViewAt): number => Math.max(0, view.at - view.lag);
