import type { Decider, Event } from '#engine';

// Paydirekt: "the state of the system at any given point in time, at the push of a button".
// Every event carries two times: metadata.occurredAt (when it happened in the
// business) and metadata.recordedAt (when the system stored it).
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
 * What the system knew at `asOf`: the events recorded by then
 * (metadata.recordedAt <= asOf), in the order they were recorded.
 */
export function stateAsKnownAt(events: LimitEvent[], asOf: string): Merchant {
  // TODO: this ignores asOf and gives today's state.
  return events.reduce(decider.evolve, decider.initialState());
}

/**
 * How things stood at `asOf` as we know them today: every event that had
 * occurred by then (metadata.occurredAt <= asOf), folded in the order they occurred.
 */
export function stateAsOccurredBy(events: LimitEvent[], asOf: string): Merchant {
  // TODO: this ignores asOf, and folds in recorded order.
  return events.reduce(decider.evolve, decider.initialState());
}
