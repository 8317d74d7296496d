/**
 * A bank account, the classic first event-sourced domain.
 *
 * A bank never stores "the balance" as the truth: it keeps every debit and
 * credit, and the balance is a calculation over them (Envato's talks make the
 * same point). Here `evolve` is that calculation.
 */
import { DomainError, type Command, type Decider, type Event, type Projection } from '#engine';

// ---- Events --------------------------------------------------------------
export type AccountEvent =
  | Event<'AccountOpened', { accountHolder: string }>
  | Event<'MoneyDeposited', { amount: number; description: string }>
  | Event<'MoneyWithdrawn', { amount: number; description: string }>
  | Event<'AccountClosed', { reason: string }>;

// ---- Commands ------------------------------------------------------------
export type AccountCommand =
  | Command<'OpenAccount', { accountHolder: string }>
  | Command<'DepositMoney', { amount: number; description: string }>
  | Command<'WithdrawMoney', { amount: number; description: string }>
  | Command<'CloseAccount', { reason: string }>;

export interface AccountState {
  status: 'new' | 'open' | 'closed';
  accountHolder: string;
  /** In whole euros, to keep the arithmetic exact. */
  balance: number;
}

export const decider: Decider<AccountState, AccountCommand, AccountEvent> = {
  initialState: () => ({ status: 'new', accountHolder: '', balance: 0 }),

  evolve: (state, event) => {
    switch (event.type) {
      case 'AccountOpened':
        return { ...state, status: 'open', accountHolder: event.data.accountHolder };
      case 'MoneyDeposited':
        return { ...state, balance: state.balance + event.data.amount };
      case 'MoneyWithdrawn':
        return { ...state, balance: state.balance - event.data.amount };
      case 'AccountClosed':
        return { ...state, status: 'closed' };
      default: {
        const unhandled: never = event;
        throw new Error(`Unknown event: ${JSON.stringify(unhandled)}`);
      }
    }
  },

  decide: (command, state): AccountEvent => {
    if (command.type === 'OpenAccount') {
      if (state.status !== 'new') throw new DomainError('This account is already open', 'An account is opened once');
      return { type: 'AccountOpened', data: { accountHolder: command.data.accountHolder } };
    }
    // Every other command needs an open account.
    if (state.status !== 'open') throw new DomainError(`The account is ${state.status}`, 'The account must be open');

    switch (command.type) {
      case 'DepositMoney':
        assertPositive(command.data.amount);
        return { type: 'MoneyDeposited', data: { ...command.data } };
      case 'WithdrawMoney':
        assertPositive(command.data.amount);
        if (command.data.amount > state.balance) {
          throw new DomainError(
            `Cannot withdraw ${command.data.amount} EUR from a balance of ${state.balance} EUR`,
            'Balance may not go below zero',
          );
        }
        return { type: 'MoneyWithdrawn', data: { ...command.data } };
      case 'CloseAccount':
        if (state.balance !== 0) {
          throw new DomainError(`Pay out the ${state.balance} EUR first`, 'Only an empty account can be closed');
        }
        return { type: 'AccountClosed', data: { reason: command.data.reason } };
      default: {
        const unhandled: never = command;
        throw new Error(`Unknown command: ${JSON.stringify(unhandled)}`);
      }
    }
  },

  isTerminal: (state) => state.status === 'closed',
};

function assertPositive(amount: number): void {
  if (!(amount > 0)) throw new DomainError(`${amount} is not a positive amount`, 'Amounts must be positive');
}

// ---- Projections -----------------------------------------------------------

interface MonthTotals {
  month: string;
  deposited: number;
  withdrawn: number;
}

/** A statement per month: the read model a customer's banking app shows. */
export const monthlyStatement: Projection<MonthTotals[], AccountEvent> = {
  name: 'Monthly statement',
  canHandle: ['MoneyDeposited', 'MoneyWithdrawn'],
  initialState: () => [],
  evolve: (months, event) => {
    // The month comes from the event's metadata: when it happened, not when we read it.
    const month = (event.metadata?.occurredAt ?? 'unknown').slice(0, 7);
    const deposited = event.type === 'MoneyDeposited' ? event.data.amount : 0;
    const withdrawn = event.type === 'MoneyWithdrawn' ? event.data.amount : 0;
    const last = months[months.length - 1];
    if (last && last.month === month) {
      return [...months.slice(0, -1), { month, deposited: last.deposited + deposited, withdrawn: last.withdrawn + withdrawn }];
    }
    return [...months, { month, deposited, withdrawn }];
  },
};

/** Spending by description: a question nobody asked when the account was designed. */
export const spendingByPurpose: Projection<Record<string, number>, AccountEvent> = {
  name: 'Spending by purpose',
  canHandle: ['MoneyWithdrawn'],
  initialState: () => ({}),
  evolve: (totals, event) => {
    if (event.type !== 'MoneyWithdrawn') return totals;
    const purpose = event.data.description;
    return { ...totals, [purpose]: (totals[purpose] ?? 0) + event.data.amount };
  },
};

export const projections = [monthlyStatement, spendingByPurpose];
