import type { Decider, Event } from '#engine';

// Capital Match's loans, in the shapes of this exercise (the data is invented).
export type LoanEvent =
  | { type: 'LoanRequested'; data: { loanId: string; borrower: string } }
  // Weak schema: `currency` came later, so older events lack it; newer ones may carry fields we do not know.
  | { type: 'LoanFunded'; data: { loanId: string; investor: string; amountCents: number; currency?: string } }
  // (1) A new event type, rather than a LoanFunded with a negative amount.
  | { type: 'LoanFundingWithdrawn'; data: { loanId: string; investor: string } };

export type LoanCommand = { type: 'Noop'; data: null };

export interface Funding {
  investor: string;
  amountCents: number;
  currency: string;
}

export interface Loan {
  borrower: string | null;
  fundings: Funding[];
}

/**
 * (2) The weak-schema reader: takes what it needs, defaults what may be
 * missing, ignores what it does not know, and names what it cannot do without.
 */
export function readFunding(data: Record<string, unknown>): Funding {
  // TODO (2): strict and leaky: it fails on old events without a currency, and keeps unknown fields.
  if (typeof data.currency !== 'string') throw new Error('LoanFunded without a currency');
  return data as unknown as Funding;
}

export const decider: Decider<Loan, LoanCommand, LoanEvent> = {
  initialState: () => ({ borrower: null, fundings: [] }),
  evolve: (state, event) => {
    switch (event.type) {
      case 'LoanRequested':
        return { ...state, borrower: event.data.borrower };
      case 'LoanFunded':
        return { ...state, fundings: [...state.fundings, readFunding(event.data)] };
      // TODO (1): handle the new event type, LoanFundingWithdrawn.
      default:
        return state;
    }
  },
  decide: () => [],
};

/**
 * (3) Copy-and-transform: write a new stream from the old one, once, instead
 * of upcasting on every read. Old v1 amounts become cents, retired event
 * types are left behind, and each event keeps when it happened. The old
 * stream is only read, never changed.
 */
export function copyAndTransform(old: Event[]): Event[] {
  // TODO (3): drop InvestorNotified, turn v1 amounts ('S$1,000.50') into amountCents and currency,
  // mark every event schemaVersion 2, and keep each event's metadata.
  return old;
}
