/**
 * Upcasting: a savings account whose oldest events have an older shape.
 *
 * Until March 2016 this bank stored amounts as euros in floating point
 * (`{ amount: 25.5 }`, schema version 1). Floats round badly with money, so
 * version 2 stores whole cents with a currency (`{ amountCents: 2550,
 * currency: 'EUR' }`). The old events are facts and are never rewritten;
 * instead, `upcasters` raise them to today's shape every time they are
 * read. `evolve` and the projections only ever see version 2.
 */
import { DomainError, type Command, type Decider, type Event, type Projection, type Upcaster } from '#engine';

// ---- Events (today's shape, schema version 2) ---------------------------------
export type SavingsEvent =
  | Event<'AccountOpened', { holder: string; currency: string }>
  | Event<'MoneyDeposited', { amountCents: number; currency: string }>
  | Event<'MoneyWithdrawn', { amountCents: number; currency: string }>;

export const CURRENT_SCHEMA_VERSION = 2;

// ---- Upcasters: version 1 -> version 2, applied on read ------------------------
// Old data is checked, not cast: whatever does not look like version 1 passes unchanged
// (events written by today's code already have cents).
const centsFromEuros = (event: Event): Event => {
  const { data } = event;
  if (typeof data !== 'object' || data === null || !('amount' in data) || typeof data.amount !== 'number') return event;
  return { ...event, data: { amountCents: Math.round(data.amount * 100), currency: 'EUR' } };
};

export const upcasters: Upcaster[] = [
  {
    eventType: 'AccountOpened',
    fromVersion: 1,
    upcast: (event) => {
      const { data } = event;
      if (typeof data !== 'object' || data === null || !('owner' in data) || typeof data.owner !== 'string') return event;
      return { ...event, data: { holder: data.owner, currency: 'EUR' } };
    },
  },
  { eventType: 'MoneyDeposited', fromVersion: 1, upcast: centsFromEuros },
  { eventType: 'MoneyWithdrawn', fromVersion: 1, upcast: centsFromEuros },
];

// ---- Commands -------------------------------------------------------------------
export type SavingsCommand =
  | Command<'OpenAccount', { holder: string }>
  | Command<'DepositMoney', { amountCents: number }>
  | Command<'WithdrawMoney', { amountCents: number }>;

export interface SavingsState {
  holder: string;
  balanceCents: number;
}

/** New events say which shape they have, so no upcaster touches them. */
const v2 = { schemaVersion: CURRENT_SCHEMA_VERSION };

export const decider: Decider<SavingsState, SavingsCommand, SavingsEvent> = {
  initialState: () => ({ holder: '', balanceCents: 0 }),

  evolve: (state, event) => {
    switch (event.type) {
      case 'AccountOpened': return { ...state, holder: event.data.holder };
      case 'MoneyDeposited': return { ...state, balanceCents: state.balanceCents + event.data.amountCents };
      case 'MoneyWithdrawn': return { ...state, balanceCents: state.balanceCents - event.data.amountCents };
      default: {
        const unhandled: never = event;
        throw new Error(`Unknown event: ${JSON.stringify(unhandled)}`);
      }
    }
  },

  decide: (command, state): SavingsEvent => {
    if (command.type === 'OpenAccount') {
      if (state.holder !== '') throw new DomainError('Already open', 'An account is opened once');
      return { type: 'AccountOpened', data: { holder: command.data.holder, currency: 'EUR' }, metadata: v2 };
    }
    if (state.holder === '') throw new DomainError('Open the account first', 'The account must be open');
    const { amountCents } = command.data;
    if (!Number.isInteger(amountCents) || amountCents <= 0) {
      throw new DomainError(`${amountCents} is not a positive number of cents`, 'Amounts are positive whole cents');
    }
    switch (command.type) {
      case 'DepositMoney':
        return { type: 'MoneyDeposited', data: { amountCents, currency: 'EUR' }, metadata: v2 };
      case 'WithdrawMoney':
        if (amountCents > state.balanceCents) {
          throw new DomainError(`Only ${state.balanceCents} cents are saved`, 'Balance may not go below zero');
        }
        return { type: 'MoneyWithdrawn', data: { amountCents, currency: 'EUR' }, metadata: v2 };
      default: {
        const unhandled: never = command;
        throw new Error(`Unknown command: ${JSON.stringify(unhandled)}`);
      }
    }
  },
};

// ---- Projections (they too see only version 2) ---------------------------------

/** Saved per year: one read model across both eras of the schema. */
export const savedPerYear: Projection<Record<string, number>, SavingsEvent> = {
  name: 'Saved per year (cents)',
  canHandle: ['MoneyDeposited', 'MoneyWithdrawn'],
  initialState: () => ({}),
  evolve: (years, event) => {
    const year = event.metadata?.occurredAt?.slice(0, 4) ?? 'unknown';
    const change = event.type === 'MoneyDeposited' ? event.data.amountCents : event.type === 'MoneyWithdrawn' ? -event.data.amountCents : 0;
    return { ...years, [year]: (years[year] ?? 0) + change };
  },
};

/** The largest single deposit: comparing old and new amounts only works once they share a shape. */
export const largestDeposit: Projection<{ amountCents: number; on: string }, SavingsEvent> = {
  name: 'Largest deposit',
  canHandle: ['MoneyDeposited'],
  initialState: () => ({ amountCents: 0, on: '' }),
  evolve: (best, event) =>
    event.type === 'MoneyDeposited' && event.data.amountCents > best.amountCents
      ? { amountCents: event.data.amountCents, on: event.metadata?.occurredAt?.slice(0, 10) ?? '' }
      : best,
};

export const projections = [savedPerYear, largestDeposit];
