// Wrong: a redelivered record is settled again, so a customer is refused the seat they already hold.
import type { Mutation } from '../../mutation.ts';

/** solution.ts with these lines replaced: a wrong answer the checks must reject. */
export const mutation: Mutation = [
  {
    replace: [
      "    if (seen.has(offset)) continue;",
    ],
    with: [],
  },
];
