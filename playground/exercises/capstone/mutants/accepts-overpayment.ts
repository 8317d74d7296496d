// Wrong: a payment larger than what is owed is accepted.
import type { Mutation } from '../../mutation.ts';

/** solution.ts with these lines replaced: a wrong answer the checks must reject. */
export const mutation: Mutation = [
  {
    replace: [
      "        if (command.data.amountCents <= 0 || command.data.amountCents > open) reject(`Pay between 1 and ${open} cents`);",
    ],
    with: [
      "        if (command.data.amountCents <= 0) reject(`Pay between 1 and ${open} cents`);",
    ],
  },
];
