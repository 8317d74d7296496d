// Wrong: the grace period ends seven hours after detection instead of seven days.
import { DomainError, type Decider, type Projection } from '#engine';

// Envato's conflict events (names from their talks; the days and data are invented).
export type ConflictEvent =
  | { type: 'ConflictDetected'; data: { conflict: string; detectedAt: string } }
  | { type: 'ConflictAutomaticallyResolved'; data: { conflict: string } }
  | { type: 'ConflictManuallyResolved'; data: { conflict: string; by: string } }
  | { type: 'ConflictGracePeriodExpired'; data: { conflict: string } }
  | { type: 'ConflictActivated'; data: { conflict: string } };

export type ConflictCommand = { type: 'ExpireGracePeriod'; data: { conflict: string } };

export const GRACE_PERIOD_DAYS = 7;
const DAY_MS = 60 * 60 * 1000;

/** (1) The automation's to-do list: each waiting conflict and when its grace period ends. */
export interface GracePeriods {
  deadlines: Record<string, string>;
}

export const gracePeriods: Projection<GracePeriods, ConflictEvent> = {
  name: 'gracePeriods',
  canHandle: ['ConflictDetected', 'ConflictAutomaticallyResolved', 'ConflictManuallyResolved', 'ConflictGracePeriodExpired'],
  initialState: () => ({ deadlines: {} }),
  evolve: (view, event) => {
    if (event.type === 'ConflictDetected') {
      const ends = new Date(Date.parse(event.data.detectedAt) + GRACE_PERIOD_DAYS * DAY_MS).toISOString();
      return { deadlines: { ...view.deadlines, [event.data.conflict]: ends } };
    }
    // Resolved, or expired already: nothing left to do for it.
    const { [event.data.conflict]: _done, ...rest } = view.deadlines;
    return { deadlines: rest };
  },
};

export const projections = [gracePeriods];

/** (2) The automation: at `now`, the commands that are due, oldest deadline first. */
export function dueCommands(view: GracePeriods, now: string): ConflictCommand[] {
  return Object.entries(view.deadlines)
    .filter(([, deadline]) => Date.parse(deadline) <= Date.parse(now))
    .sort(([, a], [, b]) => Date.parse(a) - Date.parse(b))
    .map(([conflict]) => ({ type: 'ExpireGracePeriod', data: { conflict } }));
}

export interface Conflict {
  status: 'None' | 'Detected' | 'Resolved' | 'Active';
}

/** (3) One conflict's stream. The timer's command may arrive after a person resolved it. */
export const decider: Decider<Conflict, ConflictCommand, ConflictEvent> = {
  initialState: () => ({ status: 'None' }),
  evolve: (state, event) => {
    switch (event.type) {
      case 'ConflictDetected':
        return { status: 'Detected' };
      case 'ConflictAutomaticallyResolved':
      case 'ConflictManuallyResolved':
        return { status: 'Resolved' };
      case 'ConflictActivated':
        return { status: 'Active' };
      default:
        return state;
    }
  },
  decide: (command, state) => {
    if (state.status === 'None') throw new DomainError(`There is no conflict ${command.data.conflict}`);
    // Resolved or active already: the scheduled command lost a race; it changes nothing.
    if (state.status !== 'Detected') return [];
    const data = { conflict: command.data.conflict };
    return [
      { type: 'ConflictGracePeriodExpired', data },
      { type: 'ConflictActivated', data },
    ];
  },
};
