import type { Decider, Projection } from '#engine';

// Envato's conflict events (names from their talks; the data is invented).
export type ConflictEvent =
  | { type: 'ConflictDetected'; data: { conflict: string; authorEmail: string } }
  | { type: 'ConflictNotificationEmailSent'; data: { conflict: string } }
  | { type: 'ConflictAutomaticallyResolved'; data: { conflict: string } }
  | { type: 'ConflictManuallyResolved'; data: { conflict: string; by: string } };

export interface Email {
  to: string;
  conflict: string;
}

/** The outside world: sending cannot be undone, and must not happen twice. */
export interface Mailer {
  send(email: Email): void;
}

export interface Dashboard {
  open: string[];
}

export const dashboard: Projection<Dashboard, ConflictEvent> = {
  name: 'dashboard',
  canHandle: ['ConflictDetected', 'ConflictAutomaticallyResolved', 'ConflictManuallyResolved'],
  initialState: () => ({ open: [] }),
  evolve: (view, event) =>
    event.type === 'ConflictDetected'
      ? { open: [...view.open, event.data.conflict] }
      : { open: view.open.filter((id) => id !== event.data.conflict) },
};

export const projections = [dashboard];

/**
 * Throw the dashboard away and replay the whole log. A rebuild only
 * interprets what happened: it must never act on the world again.
 */
export function rebuildDashboard(log: ConflictEvent[], mailer: Mailer): Dashboard {
  // TODO (1): the first version e-mailed the author as it folded. Right the first time;
  // on every rebuild, every author is e-mailed again.
  const handled = new Set<string>(dashboard.canHandle);
  return log
    .filter((event) => handled.has(event.type))
    .reduce((view, event) => {
      if (event.type === 'ConflictDetected') mailer.send({ to: event.data.authorEmail, conflict: event.data.conflict });
      return dashboard.evolve(view, event);
    }, dashboard.initialState());
}

/**
 * The notifier: the log is its outbox. Every ConflictDetected is a message
 * to send; ConflictNotificationEmailSent marks it done. Returns the events
 * to append for the e-mails it sent, so the next run skips them.
 */
export function sendPendingEmails(log: ConflictEvent[], mailer: Mailer): ConflictEvent[] {
  // TODO (2): e-mail the author of every conflict not notified yet (nor resolved),
  // and return a ConflictNotificationEmailSent for each e-mail sent.
  void log;
  void mailer;
  return [];
}

export const decider: Decider<Dashboard, { type: 'Noop'; data: null }, ConflictEvent> = {
  initialState: dashboard.initialState,
  evolve: (view, event) => (event.type === 'ConflictNotificationEmailSent' ? view : dashboard.evolve(view, event)),
  decide: () => [],
};
