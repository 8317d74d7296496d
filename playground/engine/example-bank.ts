import { DomainError } from './errors.ts';
import type { Command, Decider, Event, Projection } from './types.ts';

/**
 * A small bank account domain for the engine's own tests and benchmarks,
 * written in the idiom learners should copy: all events in one union, all
 * commands in another, and `switch` on `type` with an exhaustive `never`
 * check so that adding an event type without handling it fails to compile.
 */
export type AccountOpened = Event<'AccountOpened', { accountId: string; owner: string }>;
export type MoneyDeposited = Event<'MoneyDeposited', { amount: number }>;
export type MoneyWithdrawn = Event<'MoneyWithdrawn', { amount: number }>;
export type AccountClosed = Event<'AccountClosed', { reason: string }>;
export type BankEvent = AccountOpened | MoneyDeposited | MoneyWithdrawn | AccountClosed;

export type OpenAccount = Command<'OpenAccount', { accountId: string; owner: string }>;
export type DepositMoney = Command<'DepositMoney', { amount: number }>;
export type WithdrawMoney = Command<'WithdrawMoney', { amount: number }>;
export type CloseAccount = Command<'CloseAccount', { reason: string }>;
export type BankCommand = OpenAccount | DepositMoney | WithdrawMoney | CloseAccount;

export type Account =
  | { status: 'unopened' }
  | { status: 'open'; accountId: string; owner: string; balance: number; transactions: number }
  | { status: 'closed'; accountId: string; owner: string; balance: number; transactions: number };

/** Fails to compile when a case is missing: the union's members are all handled. */
export function assertNever(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}

export const initialAccount = (): Account => ({ status: 'unopened' });

export function evolveAccount(state: Account, event: BankEvent): Account {
  switch (event.type) {
    case 'AccountOpened':
      return { status: 'open', ...event.data, balance: 0, transactions: 0 };
    case 'MoneyDeposited':
      if (state.status !== 'open') return state;
      return { ...state, balance: state.balance + event.data.amount, transactions: state.transactions + 1 };
    case 'MoneyWithdrawn':
      if (state.status !== 'open') return state;
      return { ...state, balance: state.balance - event.data.amount, transactions: state.transactions + 1 };
    case 'AccountClosed':
      if (state.status !== 'open') return state;
      return { ...state, status: 'closed' };
    default:
      return assertNever(event);
  }
}

const requireOpen = (state: Account): Extract<Account, { status: 'open' }> => {
  if (state.status !== 'open') throw new DomainError('The account is not open', 'only open accounts take commands');
  return state;
};

const requirePositive = (amount: number): void => {
  if (!(amount > 0)) throw new DomainError(`Amount must be positive, got ${amount}`, 'amounts are positive');
};

export function decideAccount(command: BankCommand, state: Account): BankEvent | BankEvent[] {
  switch (command.type) {
    case 'OpenAccount':
      if (state.status !== 'unopened') throw new DomainError('The account already exists', 'an account opens once');
      return { type: 'AccountOpened', data: command.data };
    case 'DepositMoney':
      requireOpen(state);
      requirePositive(command.data.amount);
      return { type: 'MoneyDeposited', data: { amount: command.data.amount } };
    case 'WithdrawMoney': {
      const open = requireOpen(state);
      requirePositive(command.data.amount);
      if (command.data.amount > open.balance) {
        throw new DomainError(
          `Cannot withdraw ${command.data.amount} from a balance of ${open.balance}`,
          'balance may not go below zero',
        );
      }
      return { type: 'MoneyWithdrawn', data: { amount: command.data.amount } };
    }
    case 'CloseAccount': {
      const open = requireOpen(state);
      const events: BankEvent[] = [];
      if (open.balance > 0) events.push({ type: 'MoneyWithdrawn', data: { amount: open.balance } });
      events.push({ type: 'AccountClosed', data: { reason: command.data.reason } });
      return events;
    }
    default:
      return assertNever(command);
  }
}

export const bankAccountDecider: Decider<Account, BankCommand, BankEvent> = {
  initialState: initialAccount,
  evolve: evolveAccount,
  decide: decideAccount,
  isTerminal: (state) => state.status === 'closed',
};

/** A read model across all accounts: balance per stream, built from store metadata. */
export type Balances = Readonly<Record<string, number>>;

export const balancesProjection: Projection<Balances, BankEvent> = {
  name: 'balances',
  canHandle: ['AccountOpened', 'MoneyDeposited', 'MoneyWithdrawn'],
  initialState: () => ({}),
  evolve(view, event) {
    const key = event.metadata?.streamName ?? 'unknown';
    switch (event.type) {
      case 'AccountOpened':
        return { ...view, [key]: 0 };
      case 'MoneyDeposited':
        return { ...view, [key]: (view[key] ?? 0) + event.data.amount };
      case 'MoneyWithdrawn':
        return { ...view, [key]: (view[key] ?? 0) - event.data.amount };
      case 'AccountClosed':
        return view;
      default:
        return assertNever(event);
    }
  },
};
