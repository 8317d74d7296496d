// Wrong: the reader copies the whole payload, so unknown fields (and the loan id) leak into the state.
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
  const { investor, amountCents, currency } = data;
  if (typeof investor !== 'string') throw new Error('LoanFunded without an investor');
  if (typeof amountCents !== 'number') throw new Error('LoanFunded without amountCents');
  return { ...data, investor, amountCents, currency: typeof currency === 'string' ? currency : 'SGD' };
}

export const decider: Decider<Loan, LoanCommand, LoanEvent> = {
  initialState: () => ({ borrower: null, fundings: [] }),
  evolve: (state, event) => {
    switch (event.type) {
      case 'LoanRequested':
        return { ...state, borrower: event.data.borrower };
      case 'LoanFunded':
        return { ...state, fundings: [...state.fundings, readFunding(event.data)] };
      case 'LoanFundingWithdrawn':
        return { ...state, fundings: state.fundings.filter((f) => f.investor !== event.data.investor) };
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
  return old
    .filter((event) => event.type !== 'InvestorNotified')
    .map((event) => {
      const data = event.data as Record<string, unknown>;
      const transformed =
        event.type === 'LoanFunded' && typeof data.amount === 'string'
          ? { loanId: data.loanId, investor: data.investor, amountCents: Math.round(Number(data.amount.replace(/[^0-9.]/g, '')) * 100), currency: 'SGD' }
          : data;
      return { type: event.type, data: transformed, metadata: { ...event.metadata, schemaVersion: 2 } };
    });
}
