// Wrong: takes the last k events instead of the first k, so the account is never opened in a short slice; "the balance is 100" must catch it.
import { DomainError, type Decider } from '#engine';

// Envato: "a bank balance is a calculation over all debits and credits".
export type AccountEvent =
  | { type: 'AccountOpened'; data: { owner: string } }
  | { type: 'MoneyDeposited'; data: { amount: number } }
  | { type: 'MoneyWithdrawn'; data: { amount: number } };

export type AccountCommand = { type: 'WithdrawMoney'; data: { amount: number } };

export interface Account {
  owner: string | null;
  balance: number;
  transactions: number;
}

export const decider: Decider<Account, AccountCommand, AccountEvent> = {
  initialState: () => ({ owner: null, balance: 0, transactions: 0 }),
  evolve: (state, event) => {
    switch (event.type) {
      case 'AccountOpened':
        return { ...state, owner: event.data.owner };
      case 'MoneyDeposited':
        return { ...state, balance: state.balance + event.data.amount, transactions: state.transactions + 1 };
      case 'MoneyWithdrawn':
        return { ...state, balance: state.balance - event.data.amount, transactions: state.transactions + 1 };
    }
  },
  decide: (command, state) => {
    if (command.data.amount > state.balance) throw new DomainError('Not enough money');
    return { type: 'MoneyWithdrawn', data: command.data };
  },
};

/**
 * The time machine: the state after the first `k` events (k = 0 is before
 * anything happened). A `k` past the end means "now".
 */
export function stateAt(events: AccountEvent[], k: number): Account {
  // slice clamps for us: slice(0, 0) is empty, slice(0, 99) is the whole stream.
  return events.slice(events.length - Math.min(events.length, Math.max(0, k))).reduce(decider.evolve, decider.initialState());
}
