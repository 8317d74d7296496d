/**
 * A Billy ledger: double-entry bookkeeping for a small business.
 *
 * Accounting was event sourced long before software: a ledger is an
 * append-only journal, balances are sums over it, and a mistake is never
 * erased but corrected by a reversing entry. Billy (accounting software for
 * small businesses) started working with event sourcing and CQRS on Event
 * Store, now KurrentDB.
 */
import { DomainError, type Command, type Decider, type Event, type Projection } from '#engine';

/** The chart of accounts (simplified Danish small-business chart). */
export const accounts = {
  '1000': 'Bank',
  '2000': 'Sales',
  '3000': 'Software',
  '3100': 'Rent',
  '3200': 'Travel',
  '5000': "Owner's equity",
  '6000': 'Output VAT',
  '6100': 'Input VAT',
} as const;
export type AccountCode = keyof typeof accounts;

/** One side of an entry: positive debits, negative credits (they must sum to zero). */
export interface Line {
  account: AccountCode;
  amount: number;
}

// ---- Events ----------------------------------------------------------------
export type LedgerEvent =
  | Event<'TransactionPosted', { transactionId: string; date: string; description: string; lines: Line[] }>
  | Event<'TransactionReversed', { transactionId: string; reversalOf: string; date: string; reason: string; lines: Line[] }>
  | Event<'PeriodClosed', { period: string }>;

// ---- Commands ----------------------------------------------------------------
type Vat = 'with 25% VAT' | 'no VAT';
export type LedgerCommand =
  | Command<'InjectCapital', { date: string; amount: number }>
  | Command<'RecordSale', { date: string; customer: string; netAmount: number; vat: Vat }>
  | Command<'RecordExpense', { date: string; supplier: string; account: '3000' | '3100' | '3200'; netAmount: number; vat: Vat }>
  | Command<'ReverseTransaction', { transactionId: string; date: string; reason: string }>
  | Command<'ClosePeriod', { period: string }>;

export interface LedgerState {
  /** Debit-positive balance per account, in DKK. */
  balances: Partial<Record<AccountCode, number>>;
  /** Every posted entry, with its date, so reversals can find it. */
  posted: { id: string; date: string; lines: Line[] }[];
  reversed: string[];
  /** Last closed month, "YYYY-MM" ("" when none is closed). */
  closedThrough: string;
}

const applyLines = (balances: LedgerState['balances'], lines: Line[]): LedgerState['balances'] =>
  lines.reduce((b, line) => ({ ...b, [line.account]: (b[line.account] ?? 0) + line.amount }), balances);

export const decider: Decider<LedgerState, LedgerCommand, LedgerEvent> = {
  initialState: () => ({ balances: {}, posted: [], reversed: [], closedThrough: '' }),

  evolve: (state, event) => {
    switch (event.type) {
      case 'TransactionPosted': {
        const { transactionId: id, date, lines } = event.data;
        return { ...state, balances: applyLines(state.balances, lines), posted: [...state.posted, { id, date, lines }] };
      }
      case 'TransactionReversed': {
        const { transactionId: id, date, lines } = event.data;
        return {
          ...state,
          balances: applyLines(state.balances, lines),
          posted: [...state.posted, { id, date, lines }],
          reversed: [...state.reversed, event.data.reversalOf],
        };
      }
      case 'PeriodClosed':
        return { ...state, closedThrough: event.data.period };
      default: {
        const unhandled: never = event;
        throw new Error(`Unknown event: ${JSON.stringify(unhandled)}`);
      }
    }
  },

  decide: (command, state): LedgerEvent => {
    // Ids come from the state, not a clock or random: decide stays pure and replayable.
    const transactionId = `T-${state.posted.length + 1}`;
    const post = (date: string, description: string, lines: Line[]): LedgerEvent => {
      assertPostable(state, date, lines);
      return { type: 'TransactionPosted', data: { transactionId, date, description, lines } };
    };
    switch (command.type) {
      case 'InjectCapital': {
        const { date, amount } = command.data;
        positive(amount);
        return post(date, 'Capital from owner', [{ account: '1000', amount }, { account: '5000', amount: -amount }]);
      }
      case 'RecordSale': {
        const { date, customer, netAmount, vat } = command.data;
        positive(netAmount);
        const tax = vat === 'with 25% VAT' ? netAmount * 0.25 : 0;
        const lines: Line[] = [{ account: '1000', amount: netAmount + tax }, { account: '2000', amount: -netAmount }];
        return post(date, `Sale to ${customer}`, tax ? [...lines, { account: '6000', amount: -tax }] : lines);
      }
      case 'RecordExpense': {
        const { date, supplier, account, netAmount, vat } = command.data;
        positive(netAmount);
        const tax = vat === 'with 25% VAT' ? netAmount * 0.25 : 0;
        const lines: Line[] = [{ account, amount: netAmount }, { account: '1000', amount: -(netAmount + tax) }];
        return post(date, `Bill from ${supplier}`, tax ? [...lines, { account: '6100', amount: tax }] : lines);
      }
      case 'ReverseTransaction': {
        const { date, reason } = command.data;
        const original = state.posted.find((t) => t.id === command.data.transactionId);
        if (!original) throw new DomainError(`No transaction ${command.data.transactionId}`, 'Only posted transactions can be reversed');
        if (state.reversed.includes(original.id)) throw new DomainError(`${original.id} is already reversed`, 'A transaction is reversed once');
        // The mistake stays in the journal; the reversal cancels it, dated today.
        const lines = original.lines.map((line) => ({ ...line, amount: -line.amount }));
        assertPostable(state, date, lines);
        return { type: 'TransactionReversed', data: { transactionId, reversalOf: original.id, date, reason, lines } };
      }
      case 'ClosePeriod':
        if (command.data.period <= state.closedThrough) throw new DomainError('Already closed', 'Periods close in order');
        return { type: 'PeriodClosed', data: { period: command.data.period } };
      default: {
        const unhandled: never = command;
        throw new Error(`Unknown command: ${JSON.stringify(unhandled)}`);
      }
    }
  },
};

function assertPostable(state: LedgerState, date: string, lines: Line[]): void {
  if (date.slice(0, 7) <= state.closedThrough) {
    throw new DomainError(`${date} is in a closed period (through ${state.closedThrough})`, 'A closed period cannot be posted to');
  }
  if (lines.reduce((sum, line) => sum + line.amount, 0) !== 0) {
    throw new DomainError('The entry does not balance', 'Debits must equal credits');
  }
}

function positive(amount: number): void {
  if (!(amount > 0)) throw new DomainError(`${amount} is not a positive amount`, 'Amounts must be positive');
}

// ---- Projections -------------------------------------------------------------
type Entry = Extract<LedgerEvent, { type: 'TransactionPosted' | 'TransactionReversed' }>;
const entryTypes: LedgerEvent['type'][] = ['TransactionPosted', 'TransactionReversed'];
const linesOf = (event: LedgerEvent): Line[] => (event.type === 'PeriodClosed' ? [] : (event as Entry).data.lines);

/** Profit and loss per month: income minus expenses, what the owner asks first. */
export const profitAndLoss: Projection<Record<string, number>, LedgerEvent> = {
  name: 'Profit per month',
  canHandle: entryTypes,
  initialState: () => ({}),
  evolve: (months, event) => {
    if (event.type === 'PeriodClosed') return months;
    const month = event.data.date.slice(0, 7);
    // Income is credited (negative), expenses debited (positive): profit is minus their sum.
    const result = -linesOf(event).filter((l) => l.account === '2000' || l.account.startsWith('3')).reduce((s, l) => s + l.amount, 0);
    return { ...months, [month]: (months[month] ?? 0) + result };
  },
};

/** The VAT return per quarter: output VAT collected minus input VAT paid. */
export const vatReturn: Projection<Record<string, number>, LedgerEvent> = {
  name: 'VAT return per quarter',
  canHandle: entryTypes,
  initialState: () => ({}),
  evolve: (quarters, event) => {
    if (event.type === 'PeriodClosed') return quarters;
    const [year, month] = event.data.date.split('-');
    const quarter = `${year}-Q${Math.ceil(Number(month) / 3)}`;
    const due = -linesOf(event).filter((l) => l.account === '6000' || l.account === '6100').reduce((s, l) => s + l.amount, 0);
    return due === 0 ? quarters : { ...quarters, [quarter]: (quarters[quarter] ?? 0) + due };
  },
};

export const projections = [profitAndLoss, vatReturn];
