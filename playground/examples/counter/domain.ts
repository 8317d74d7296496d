/**
 * A Redux-style counter, event sourced.
 *
 * Redux "stole" time travel from Elm: the state is whatever you get by adding
 * up every action from the start. Here the actions are events, and `evolve`
 * is the reducer. Because `evolve` is pure, the page can replay the stream
 * to any position: that is the time-travel slider.
 */
import { DomainError, type Command, type Decider, type Event, type Projection } from '#engine';

// ---- Events: facts, in the past tense ----------------------------------
export type CounterEvent =
  | Event<'Incremented', { amount: number }>
  | Event<'Decremented', { amount: number }>
  | Event<'CounterReset', Record<string, never>>;

// ---- Commands: intentions, which `decide` may reject --------------------
export type CounterCommand =
  | Command<'Increment', { amount: number }>
  | Command<'Decrement', { amount: number }>
  | Command<'Reset', Record<string, never>>;

export interface CounterState {
  count: number;
}

export const MAX_COUNT = 100;

export const decider: Decider<CounterState, CounterCommand, CounterEvent> = {
  initialState: () => ({ count: 0 }),

  // The reducer: (state, event) -> new state. Never mutate `state`.
  evolve: (state, event) => {
    switch (event.type) {
      case 'Incremented':
        return { count: state.count + event.data.amount };
      case 'Decremented':
        return { count: state.count - event.data.amount };
      case 'CounterReset':
        return { count: 0 };
      default: {
        // Add an event type without handling it and this line stops compiling;
        // an unknown type typed into the events JSON is reported here.
        const unhandled: never = event;
        throw new Error(`Unknown event: ${JSON.stringify(unhandled)}`);
      }
    }
  },

  // The rules live here, before anything is recorded.
  decide: (command, state): CounterEvent => {
    switch (command.type) {
      case 'Increment': {
        const { amount } = command.data;
        if (!(amount > 0)) throw new DomainError('Increment by a positive amount', 'Amounts must be positive');
        if (state.count + amount > MAX_COUNT) {
          throw new DomainError(`${state.count} + ${amount} is more than ${MAX_COUNT}`, 'Count may not exceed 100');
        }
        return { type: 'Incremented', data: { amount } };
      }
      case 'Decrement': {
        const { amount } = command.data;
        if (!(amount > 0)) throw new DomainError('Decrement by a positive amount', 'Amounts must be positive');
        if (state.count - amount < 0) {
          throw new DomainError(`${state.count} - ${amount} is below zero`, 'Count may not go below zero');
        }
        return { type: 'Decremented', data: { amount } };
      }
      case 'Reset':
        return { type: 'CounterReset', data: {} };
      default: {
        const unhandled: never = command;
        throw new Error(`Unknown command: ${JSON.stringify(unhandled)}`);
      }
    }
  },
};

// ---- Projections: read models answer one question each -----------------

/** How many clicks of each kind: what a usage dashboard would show. */
export const clickTotals: Projection<{ increments: number; decrements: number; resets: number }, CounterEvent> = {
  name: 'Click totals',
  canHandle: ['Incremented', 'Decremented', 'CounterReset'],
  initialState: () => ({ increments: 0, decrements: 0, resets: 0 }),
  evolve: (view, event) => {
    switch (event.type) {
      case 'Incremented':
        return { ...view, increments: view.increments + 1 };
      case 'Decremented':
        return { ...view, decrements: view.decrements + 1 };
      case 'CounterReset':
        return { ...view, resets: view.resets + 1 };
      default:
        return view;
    }
  },
};

/** The highest value the counter ever reached: a question the plain state cannot answer. */
export const highWaterMark: Projection<{ highest: number; current: number }, CounterEvent> = {
  name: 'Highest value ever',
  canHandle: ['Incremented', 'Decremented', 'CounterReset'],
  initialState: () => ({ highest: 0, current: 0 }),
  evolve: (view, event) => {
    const current =
      event.type === 'Incremented'
        ? view.current + event.data.amount
        : event.type === 'Decremented'
          ? view.current - event.data.amount
          : 0;
    return { highest: Math.max(view.highest, current), current };
  },
};

export const projections = [clickTotals, highWaterMark];
