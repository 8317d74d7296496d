// What the session tests share: a bank account module with two projections,
// and seeded random streams for it (a failing case can be replayed).
import type { Message } from '../../../playground/runner/protocol.ts';

export const account = `import { DomainError } from '#engine';
type State = { balance: number; log: string[] };
type Ev = { type: 'Deposited' | 'Withdrawn'; data: { amount: number } };
export const decider = {
  initialState: (): State => ({ balance: 0, log: [] }),
  evolve: (s: State, e: Ev): State => {
    if (e.data.amount === 13) throw new Error('unlucky amount');
    const delta = e.type === 'Deposited' ? e.data.amount : -e.data.amount;
    return { balance: s.balance + delta, log: s.log };
  },
  decide: (c: { type: string; data: { amount: number } }, s: State): Ev[] => {
    if (c.type === 'Explode') throw new TypeError('decide broke');
    if (c.type === 'Withdraw' && c.data.amount > s.balance) {
      throw new DomainError('Not enough money', 'balance may not go below zero');
    }
    return [{ type: c.type === 'Withdraw' ? 'Withdrawn' : 'Deposited', data: { amount: c.data.amount } }];
  },
};
export const projections = [
  { name: 'deposits', canHandle: ['Deposited'], initialState: () => 0, evolve: (n: number) => n + 1 },
  { name: 'total', canHandle: ['Deposited', 'Withdrawn'], initialState: () => ({ sum: 0 }),
    evolve: (v: { sum: number }, e: Ev) => ({ sum: v.sum + e.data.amount }) },
];
`;

/** A small seeded generator, so a failing case can be replayed. */
export function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

export function stream(length: number, next: () => number): Message[] {
  return Array.from({ length }, () => ({
    type: next() < 0.7 ? 'Deposited' : 'Withdrawn',
    data: { amount: 1 + Math.floor(next() * 9) },
  }));
}
