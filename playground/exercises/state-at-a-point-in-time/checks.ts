import type { Event } from '#engine';
import { exportedFunction, type ExerciseCheck } from '../kit.ts';

const stream: Event[] = [
  { type: 'AccountOpened', data: { owner: 'Sebastian' } },
  { type: 'MoneyDeposited', data: { amount: 100 } },
  { type: 'MoneyWithdrawn', data: { amount: 30 } },
  { type: 'MoneyDeposited', data: { amount: 50 } },
];

export const sample: Event[] = stream;

type StateAt = (events: Event[], k: number) => unknown;

function at(k: number, then: string, expected: unknown): ExerciseCheck {
  return {
    given: 'an account opened, +100, -30, +50',
    when: `asking for the state after ${k} event${k === 1 ? '' : 's'}`,
    then,
    run: (learner) => ({ expected, actual: exportedFunction<StateAt>(learner, 'stateAt')(stream, k) }),
  };
}

export const checks: ExerciseCheck[] = [
  at(0, 'nothing has happened yet', { owner: null, balance: 0, transactions: 0 }),
  at(2, 'the balance is 100', { owner: 'Sebastian', balance: 100, transactions: 1 }),
  at(3, 'the balance is 70', { owner: 'Sebastian', balance: 70, transactions: 2 }),
  at(4, 'the balance is 120 (now)', { owner: 'Sebastian', balance: 120, transactions: 3 }),
  at(10, 'a position past the end is now: 120', { owner: 'Sebastian', balance: 120, transactions: 3 }),
];
