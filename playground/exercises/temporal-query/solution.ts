import type { Decider, Event } from '#engine';

// Paydirekt: "the state at any given point in time, at the push of a button".
export type LimitEvent =
  | Event<'MerchantOnboarded', { merchant: string; dailyLimit: number }>
  | Event<'DailyLimitChanged', { dailyLimit: number }>
  | Event<'MerchantSuspended', { reason: string }>
  | Event<'MerchantReinstated', Record<string, never>>;

export interface Merchant {
  merchant: string | null;
  dailyLimit: number;
  suspended: boolean;
}

export const decider: Decider<Merchant, { type: 'Noop'; data: null }, LimitEvent> = {
  initialState: () => ({ merchant: null, dailyLimit: 0, suspended: false }),
  evolve: (state, event) => {
    switch (event.type) {
      case 'MerchantOnboarded':
        return { ...state, merchant: event.data.merchant, dailyLimit: event.data.dailyLimit };
      case 'DailyLimitChanged':
        return { ...state, dailyLimit: event.data.dailyLimit };
      case 'MerchantSuspended':
        return { ...state, suspended: true };
      case 'MerchantReinstated':
        return { ...state, suspended: false };
    }
  },
  decide: () => [],
};

/**
 * The merchant as it stood at `asOf` (an ISO 8601 date-time): every event
 * that had occurred by then (metadata.occurredAt <= asOf), none after.
 * Events are in the order they were recorded; a late correction may have
 * been recorded after events that occurred later than it.
 */
export function stateAsOf(events: LimitEvent[], asOf: string): Merchant {
  // Compare instants, not strings: '10:00+01:00' is earlier than '09:30Z'.
  const cutoff = Date.parse(asOf);
  return events
    .filter((event) => Date.parse(event.metadata?.occurredAt ?? '') <= cutoff)
    .reduce(decider.evolve, decider.initialState());
}
