// Wrong: the later reservation is dropped silently: first wins, but the customer who lost is never told (no compensation).
import type { Mutation } from '../../mutation.ts';

/** solution.ts with these lines replaced: a wrong answer the checks must reject. */
export const mutation: Mutation = [
  {
    replace: [
      "    else compensations.push({ type: 'ReservationRejected', data: { seat, customer, offset } });",
    ],
    with: [],
  },
];
