// Wrong: the settling consumer lets the last record win, taking the seat from the customer who got it first.
import type { Mutation } from '../../mutation.ts';

/** solution.ts with these lines replaced: a wrong answer the checks must reject. */
export const mutation: Mutation = [
  {
    replace: [
      "    if (seats[seat] === undefined) seats[seat] = customer;",
      "    else compensations.push({ type: 'ReservationRejected', data: { seat, customer, offset } });",
    ],
    with: [
      "    const previous = seats[seat];",
      "    seats[seat] = customer;",
      "    if (previous !== undefined) compensations.push({ type: 'ReservationRejected', data: { seat, customer: previous, offset } });",
    ],
  },
];
