import type { Decider, Event, Projection } from '#engine';

// Envato-style conflicts: evidence about where a customer is disagrees (as in the
// envato-conflict example); each conflict is detected, then resolved over time.
export type ConflictEvent =
  | { type: 'ConflictDetected'; data: { conflict: string } }
  | { type: 'ConflictNotificationEmailSent'; data: { conflict: string } }
  | { type: 'ConflictAutomaticallyResolved'; data: { conflict: string } }
  | { type: 'ConflictManuallyResolved'; data: { conflict: string; by: string } };

/** Version 2 of the dashboard: besides the open conflicts, how they were resolved. */
export interface Dashboard {
  open: string[];
  resolvedAutomatically: number;
  resolvedManually: number;
}

export const conflictDashboard: Projection<Dashboard, ConflictEvent> = {
  name: 'conflictDashboard',
  canHandle: ['ConflictDetected', 'ConflictAutomaticallyResolved', 'ConflictManuallyResolved'],
  initialState: () => ({ open: [], resolvedAutomatically: 0, resolvedManually: 0 }),
  // TODO (1): this is still version 1: it keeps `open` right but never counts resolutions.
  evolve: (view, event) => {
    const conflict = event.data.conflict;
    switch (event.type) {
      case 'ConflictDetected':
        return { ...view, open: [...view.open, conflict] };
      case 'ConflictAutomaticallyResolved':
      case 'ConflictManuallyResolved':
        return { ...view, open: view.open.filter((id) => id !== conflict) };
      default:
        return view;
    }
  },
};

export const projections = [conflictDashboard];

/** What version 1 of the projection left behind: its view and how far it had read. */
export interface OldRun {
  view: unknown;
  checkpoint: number;
}

/**
 * Rebuild the dashboard after changing it. `log` is every event ever
 * recorded, in order; `old` is what the previous version had built.
 */
export function rebuild(log: Event[], old: OldRun): Dashboard {
  // TODO (2): this carries on from the old view, built by version 1.
  const handled = new Set<string>(conflictDashboard.canHandle);
  return log
    .slice(old.checkpoint)
    .filter((event) => handled.has(event.type))
    .reduce((view, event) => conflictDashboard.evolve(view, event as ConflictEvent), old.view as Dashboard);
}

export const decider: Decider<{ events: number }, { type: 'Noop'; data: null }, ConflictEvent> = {
  initialState: () => ({ events: 0 }),
  evolve: (state) => ({ events: state.events + 1 }),
  decide: () => [],
};
