/**
 * A Capital Match SME loan: application, investor pledges, funding, repayments.
 *
 * Capital Match (Singapore SME lending) wrote its backend in Haskell around
 * two functions, `act :: Command -> Model -> Event` and
 * `apply :: Event -> Model -> Model`: here they are `decide` and `evolve`.
 * Events made audit, undo/redo, simulations on live data and migrations easier.
 */
import { DomainError, type Command, type Decider, type Event, type Projection } from '#engine';

// ---- Events ----------------------------------------------------------------
export type LoanEvent =
  | Event<'LoanApplied', { borrower: string; amount: number; termMonths: number; purpose: string }>
  | Event<'LoanListed', { annualRatePercent: number; grade: string }>
  | Event<'InvestorPledged', { investor: string; amount: number }>
  | Event<'PledgeWithdrawn', { investor: string; amount: number }>
  | Event<'LoanFunded', { investors: number }>
  | Event<'LoanDisbursed', { amount: number; toAccount: string }>
  | Event<'RepaymentReceived', { principal: number; interest: number }>
  | Event<'LoanRepaid', Record<string, never>>;

// ---- Commands ----------------------------------------------------------------
export type LoanCommand =
  | Command<'ApplyForLoan', { borrower: string; amount: number; termMonths: number; purpose: string }>
  | Command<'ListLoan', { annualRatePercent: number; grade: string }>
  | Command<'PledgeToLoan', { investor: string; amount: number }>
  | Command<'WithdrawPledge', { investor: string }>
  | Command<'DisburseLoan', { toAccount: string }>
  | Command<'ReceiveRepayment', { amount: number }>;

export interface LoanState {
  status: 'none' | 'applied' | 'listed' | 'funded' | 'disbursed' | 'repaid';
  borrower: string;
  /** Singapore dollars, whole. */
  amount: number;
  annualRatePercent: number;
  pledges: Record<string, number>;
  pledged: number;
  principalOutstanding: number;
}

/** Interest for one month on what is still owed: a pure calculation both sides can repeat. */
export const monthlyInterest = (state: LoanState): number => Math.round((state.principalOutstanding * state.annualRatePercent) / 100 / 12);

export const decider: Decider<LoanState, LoanCommand, LoanEvent> = {
  initialState: () => ({ status: 'none', borrower: '', amount: 0, annualRatePercent: 0, pledges: {}, pledged: 0, principalOutstanding: 0 }),

  evolve: (state, event) => {
    switch (event.type) {
      case 'LoanApplied':
        return { ...state, status: 'applied', borrower: event.data.borrower, amount: event.data.amount };
      case 'LoanListed':
        return { ...state, status: 'listed', annualRatePercent: event.data.annualRatePercent };
      case 'InvestorPledged': {
        const { investor, amount } = event.data;
        return { ...state, pledges: { ...state.pledges, [investor]: (state.pledges[investor] ?? 0) + amount }, pledged: state.pledged + amount };
      }
      case 'PledgeWithdrawn': {
        const { [event.data.investor]: _withdrawn, ...pledges } = state.pledges;
        return { ...state, pledges, pledged: state.pledged - event.data.amount };
      }
      case 'LoanFunded':
        return { ...state, status: 'funded' };
      case 'LoanDisbursed':
        return { ...state, status: 'disbursed', principalOutstanding: event.data.amount };
      case 'RepaymentReceived':
        return { ...state, principalOutstanding: state.principalOutstanding - event.data.principal };
      case 'LoanRepaid':
        return { ...state, status: 'repaid' };
      default: {
        const unhandled: never = event;
        throw new Error(`Unknown event: ${JSON.stringify(unhandled)}`);
      }
    }
  },

  decide: (command, state): LoanEvent | LoanEvent[] => {
    const expect = (status: LoanState['status'], invariant: string): void => {
      if (state.status !== status) throw new DomainError(`The loan is ${state.status === 'none' ? 'not applied for' : state.status}`, invariant);
    };
    switch (command.type) {
      case 'ApplyForLoan':
        expect('none', 'A loan is applied for once');
        positive(command.data.amount);
        return { type: 'LoanApplied', data: { ...command.data } };
      case 'ListLoan':
        expect('applied', 'Only an approved application is listed');
        return { type: 'LoanListed', data: { ...command.data } };
      case 'PledgeToLoan': {
        expect('listed', 'Investors pledge only to listed loans');
        const { investor, amount } = command.data;
        positive(amount);
        const needed = state.amount - state.pledged;
        if (amount > needed) throw new DomainError(`Only S$${needed} is still needed`, 'Pledges may not exceed what is still needed');
        const pledged: LoanEvent = { type: 'InvestorPledged', data: { investor, amount } };
        // The pledge that completes the target also funds the loan: two facts from one command.
        if (amount < needed) return pledged;
        const investors = Object.keys({ ...state.pledges, [investor]: amount }).length;
        return [pledged, { type: 'LoanFunded', data: { investors } }];
      }
      case 'WithdrawPledge': {
        expect('listed', 'Pledges can be withdrawn only before funding');
        const amount = state.pledges[command.data.investor];
        if (amount === undefined) throw new DomainError(`${command.data.investor} has no pledge`, 'Only a pledge can be withdrawn');
        return { type: 'PledgeWithdrawn', data: { investor: command.data.investor, amount } };
      }
      case 'DisburseLoan':
        expect('funded', 'Money is disbursed once the loan is funded');
        return { type: 'LoanDisbursed', data: { amount: state.amount, toAccount: command.data.toAccount } };
      case 'ReceiveRepayment': {
        expect('disbursed', 'Repayments follow disbursement');
        positive(command.data.amount);
        const interest = monthlyInterest(state);
        const principal = command.data.amount - interest;
        if (principal < 0) throw new DomainError(`The month's interest is S$${interest}`, 'A repayment covers at least the interest');
        if (principal > state.principalOutstanding) {
          throw new DomainError(`S$${state.principalOutstanding + interest} settles the loan`, 'Repayments may not exceed what is owed');
        }
        const received: LoanEvent = { type: 'RepaymentReceived', data: { principal, interest } };
        return principal === state.principalOutstanding ? [received, { type: 'LoanRepaid', data: {} }] : received;
      }
      default: {
        const unhandled: never = command;
        throw new Error(`Unknown command: ${JSON.stringify(unhandled)}`);
      }
    }
  },

  isTerminal: (state) => state.status === 'repaid',
};

function positive(amount: number): void {
  if (!(amount > 0)) throw new DomainError(`${amount} is not a positive amount`, 'Amounts must be positive');
}

// ---- Projections -------------------------------------------------------------

/** The marketplace card investors browse: how far the loan is funded. */
export const marketplaceListing: Projection<{ target: number; pledged: number; investors: number; percentFunded: number }, LoanEvent> = {
  name: 'Marketplace listing',
  canHandle: ['LoanApplied', 'InvestorPledged', 'PledgeWithdrawn'],
  initialState: () => ({ target: 0, pledged: 0, investors: 0, percentFunded: 0 }),
  evolve: (view, event) => {
    const next = event.type === 'LoanApplied' ? { ...view, target: event.data.amount }
      : event.type === 'InvestorPledged' ? { ...view, pledged: view.pledged + event.data.amount, investors: view.investors + 1 }
      : event.type === 'PledgeWithdrawn' ? { ...view, pledged: view.pledged - event.data.amount, investors: view.investors - 1 }
      : view;
    return { ...next, percentFunded: next.target ? Math.floor((next.pledged / next.target) * 100) : 0 };
  },
};

/** Interest paid out so far, for the lenders' statements (shared by the size of each pledge). */
export const interestToInvestors: Projection<{ shares: Record<string, number>; interest: Record<string, number> }, LoanEvent> = {
  name: 'Interest to investors',
  canHandle: ['InvestorPledged', 'PledgeWithdrawn', 'RepaymentReceived'],
  initialState: () => ({ shares: {}, interest: {} }),
  evolve: (view, event) => {
    switch (event.type) {
      case 'InvestorPledged':
        return { ...view, shares: { ...view.shares, [event.data.investor]: (view.shares[event.data.investor] ?? 0) + event.data.amount } };
      case 'PledgeWithdrawn': {
        const { [event.data.investor]: _gone, ...shares } = view.shares;
        return { ...view, shares };
      }
      case 'RepaymentReceived': {
        const total = Object.values(view.shares).reduce((a, b) => a + b, 0);
        const interest = { ...view.interest };
        for (const [investor, share] of Object.entries(view.shares)) {
          interest[investor] = (interest[investor] ?? 0) + Math.round((event.data.interest * share) / total);
        }
        return { ...view, interest };
      }
      default:
        return view;
    }
  },
};

export const projections = [marketplaceListing, interestToInvestors];
