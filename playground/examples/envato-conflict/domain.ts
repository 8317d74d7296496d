/**
 * An Envato-style conflict: evidence about where a customer is disagrees.
 *
 * The event names are the ones Envato's talks use (EvidenceProvided,
 * ConflictDetected, ... ConflictActivated); the story around them is ours.
 * Envato's lesson: separate recording what happened from interpreting it.
 * The events only record; the projections interpret, and can be thrown away
 * and rebuilt by replay when the interpretation changes.
 */
import { DomainError, type Command, type Decider, type Event, type Projection } from '#engine';

export const GRACE_PERIOD_DAYS = 14;
type Source = 'billing address' | 'IP address' | 'bank card' | 'document';

// ---- Events ----------------------------------------------------------------
export type ConflictEvent =
  | Event<'EvidenceProvided', { source: Source; country: string; date: string }>
  | Event<'ConflictDetected', { countries: string[]; gracePeriodEndsOn: string }>
  | Event<'ConflictNotificationEmailSent', { to: string }>
  | Event<'ConflictAutomaticallyResolved', { country: string }>
  | Event<'ConflictManuallyResolved', { country: string; note: string }>
  | Event<'ConflictGracePeriodExpired', { on: string }>
  | Event<'ConflictActivated', Record<string, never>>;

// ---- Commands ----------------------------------------------------------------
export type ConflictCommand =
  | Command<'ProvideEvidence', { source: Source; country: string; date: string }>
  | Command<'SendConflictNotification', { to: string }>
  | Command<'ResolveManually', { country: string; note: string }>
  | Command<'ExpireGracePeriod', { today: string }>;

export interface CustomerLocationState {
  /** The latest country each source points to. */
  evidence: Partial<Record<Source, string>>;
  /** The country we act on ("" until the first evidence). */
  acceptedCountry: string;
  conflict: 'none' | 'in grace period' | 'active';
  notified: boolean;
  gracePeriodEndsOn: string;
}

const distinct = (evidence: CustomerLocationState['evidence']): string[] => [...new Set(Object.values(evidence))].sort();
const addDays = (date: string, days: number): string => new Date(Date.parse(date) + days * 86_400_000).toISOString().slice(0, 10);

export const decider: Decider<CustomerLocationState, ConflictCommand, ConflictEvent> = {
  initialState: () => ({ evidence: {}, acceptedCountry: '', conflict: 'none', notified: false, gracePeriodEndsOn: '' }),

  evolve: (state, event) => {
    switch (event.type) {
      case 'EvidenceProvided': {
        const evidence = { ...state.evidence, [event.data.source]: event.data.country };
        return { ...state, evidence, acceptedCountry: state.acceptedCountry || event.data.country };
      }
      case 'ConflictDetected':
        return { ...state, conflict: 'in grace period', notified: false, gracePeriodEndsOn: event.data.gracePeriodEndsOn };
      case 'ConflictNotificationEmailSent':
        return { ...state, notified: true };
      case 'ConflictAutomaticallyResolved':
      case 'ConflictManuallyResolved':
        return { ...state, conflict: 'none', acceptedCountry: event.data.country, gracePeriodEndsOn: '' };
      case 'ConflictGracePeriodExpired':
        return state; // A fact worth keeping; ConflictActivated is what changes the state.
      case 'ConflictActivated':
        return { ...state, conflict: 'active' };
      default: {
        const unhandled: never = event;
        throw new Error(`Unknown event: ${JSON.stringify(unhandled)}`);
      }
    }
  },

  decide: (command, state): ConflictEvent | ConflictEvent[] => {
    switch (command.type) {
      case 'ProvideEvidence': {
        const provided: ConflictEvent = { type: 'EvidenceProvided', data: { ...command.data } };
        const countries = distinct({ ...state.evidence, [command.data.source]: command.data.country });
        if (state.conflict === 'none') {
          // Recording the evidence and interpreting it are separate facts.
          if (state.acceptedCountry === '' || command.data.country === state.acceptedCountry) return provided;
          const gracePeriodEndsOn = addDays(command.data.date, GRACE_PERIOD_DAYS);
          return [provided, { type: 'ConflictDetected', data: { countries, gracePeriodEndsOn } }];
        }
        const [only] = countries;
        return countries.length === 1 && only !== undefined
          ? [provided, { type: 'ConflictAutomaticallyResolved', data: { country: only } }]
          : provided;
      }
      case 'SendConflictNotification':
        if (state.conflict === 'none') throw new DomainError('There is no open conflict', 'Notifications are only about open conflicts');
        if (state.notified) throw new DomainError('The customer was told already', 'One notification per conflict');
        return { type: 'ConflictNotificationEmailSent', data: { to: command.data.to } };
      case 'ResolveManually':
        if (state.conflict === 'none') throw new DomainError('There is no open conflict', 'Only an open conflict can be resolved');
        if (command.data.note.trim() === '') throw new DomainError('Say why', 'A manual resolution needs a note');
        return { type: 'ConflictManuallyResolved', data: { ...command.data } };
      case 'ExpireGracePeriod':
        if (state.conflict !== 'in grace period') throw new DomainError(`The conflict is ${state.conflict}`, 'Only a conflict in its grace period can expire');
        if (command.data.today < state.gracePeriodEndsOn) {
          throw new DomainError(`The grace period ends on ${state.gracePeriodEndsOn}`, 'The grace period must be over before it expires');
        }
        return [{ type: 'ConflictGracePeriodExpired', data: { on: command.data.today } }, { type: 'ConflictActivated', data: {} }];
      default: {
        const unhandled: never = command;
        throw new Error(`Unknown command: ${JSON.stringify(unhandled)}`);
      }
    }
  },
};

// ---- Projections -------------------------------------------------------------

/** What the support team works on: open conflicts only. Throw it away and replay to rebuild it. */
export const supportQueue: Projection<{ open: { since: string; countries: string[]; status: string } | null; handled: number }, ConflictEvent> = {
  name: 'Support queue',
  canHandle: ['ConflictDetected', 'ConflictActivated', 'ConflictAutomaticallyResolved', 'ConflictManuallyResolved'],
  initialState: () => ({ open: null, handled: 0 }),
  evolve: (view, event) => {
    switch (event.type) {
      case 'ConflictDetected':
        return { ...view, open: { since: event.metadata?.occurredAt?.slice(0, 10) ?? '', countries: event.data.countries, status: 'in grace period' } };
      case 'ConflictActivated':
        return view.open ? { ...view, open: { ...view.open, status: 'active' } } : view;
      case 'ConflictAutomaticallyResolved':
      case 'ConflictManuallyResolved':
        return { open: null, handled: view.handled + 1 };
      default:
        return view;
    }
  },
};

/** How conflicts end: a question for the product team, asked years after the events. */
export const outcomes: Projection<{ detected: number; automatic: number; manual: number; activated: number }, ConflictEvent> = {
  name: 'How conflicts end',
  canHandle: ['ConflictDetected', 'ConflictAutomaticallyResolved', 'ConflictManuallyResolved', 'ConflictActivated'],
  initialState: () => ({ detected: 0, automatic: 0, manual: 0, activated: 0 }),
  evolve: (view, event) => {
    switch (event.type) {
      case 'ConflictDetected': return { ...view, detected: view.detected + 1 };
      case 'ConflictAutomaticallyResolved': return { ...view, automatic: view.automatic + 1 };
      case 'ConflictManuallyResolved': return { ...view, manual: view.manual + 1 };
      case 'ConflictActivated': return { ...view, activated: view.activated + 1 };
      default: return view;
    }
  },
};

export const projections = [supportQueue, outcomes];
