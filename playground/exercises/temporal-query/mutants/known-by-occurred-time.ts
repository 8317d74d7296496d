// Wrong: stateAsKnownAt filters on occurredAt, so it knows of the correction before it was recorded; "what the system knew at 2016-03-15" must catch it.
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

/** An instant from an ISO 8601 date-time: '12:00+01:00' is 11:00 UTC, whatever the text says. */
const instant = (isoDateTime: string | undefined): number => Date.parse(isoDateTime ?? '');

/**
 * What the system knew at `asOf`: the events recorded by then
 * (metadata.recordedAt <= asOf), in the order they were recorded. This is
 * the state Paydirekt rebuilds for a supervisor: what the bank held on file
 * at that moment, late corrections not yet included.
 */
export function stateAsKnownAt(events: LimitEvent[], asOf: string): Merchant {
  const cutoff = instant(asOf);
  return events
    .filter((event) => instant(event.metadata?.occurredAt) <= cutoff)
    .reduce(decider.evolve, decider.initialState());
}

/**
 * How things stood at `asOf` as we know them today: every event that had
 * occurred by then (metadata.occurredAt <= asOf), folded in the order they
 * occurred. A correction recorded late takes effect at the time it
 * occurred (Fowler's retroactive event), so later changes still follow it.
 */
export function stateAsOccurredBy(events: LimitEvent[], asOf: string): Merchant {
  const cutoff = instant(asOf);
  return events
    .filter((event) => instant(event.metadata?.occurredAt) <= cutoff)
    // sort is stable: events that occurred at the same instant keep their recorded order.
    .sort((a, b) => instant(a.metadata?.occurredAt) - instant(b.metadata?.occurredAt))
    .reduce(decider.evolve, decider.initialState());
}
