// Wrong: the v2 shape has no currency; "it has the v2 shape, 100050 cents in SGD" must catch it.
import type { Decider, Event } from '#engine';

// Capital Match: SME loans funded by investors. The current event shape (v2)
// keeps money as integer cents with a currency.
export type LoanEvent =
  | { type: 'LoanRequested'; data: { loanId: string; borrower: string } }
  | { type: 'LoanFunded'; data: { loanId: string; investor: string; amountCents: number; currency: string } };

export interface Loan {
  borrower: string | null;
  fundedCents: number;
  investors: string[];
}

export const decider: Decider<Loan, { type: 'Noop'; data: null }, LoanEvent> = {
  initialState: () => ({ borrower: null, fundedCents: 0, investors: [] }),
  evolve: (state, event) => {
    switch (event.type) {
      case 'LoanRequested':
        return { ...state, borrower: event.data.borrower };
      case 'LoanFunded':
        return {
          ...state,
          fundedCents: state.fundedCents + event.data.amountCents,
          investors: [...state.investors, event.data.investor],
        };
    }
  },
  decide: () => [],
};

/**
 * Old events in the store still have the version-1 shape (no schemaVersion):
 *   LoanFunded { loanId, investor, amount: 'S$1,000.50' }
 * Stored events never change; an upcaster raises them to v2 when read.
 */
export const upcasters = [
  {
    eventType: 'LoanFunded',
    fromVersion: 1,
    upcast: (event: Event): Event => {
      const old = event.data as { loanId: string; investor: string; amount: string };
      // 'S$1,000.50' -> 100050: drop the currency sign and thousands separators, count in cents.
      const amountCents = Math.round(Number(old.amount.replace(/^S\$/, '').replace(/,/g, '')) * 100);
      // A new object: the stored event is a fact and stays as it was.
      return {
        type: event.type,
        data: { loanId: old.loanId, investor: old.investor, amountCents },
      };
    },
  },
];
