// Wrong: one stream per seat has no contention, but no stream sees a customer's other seats, so the four-seat limit is never enforced.
import type { Mutation } from '../../mutation.ts';

/** solution.ts with these lines replaced: a wrong answer the checks must reject. */
export const mutation: Mutation = [
  {
    replace: [
      "  return toStreamName('Section', `${command.data.show}_${command.data.section}`);",
    ],
    with: [
      "  return toStreamName('Seat', `${command.data.show}_${command.data.section}_${command.data.seat}`);",
    ],
  },
];
