// Wrong: leaves the thousands separator in, so S$1,000.50 is not a number; "it has the v2 shape, 100050 cents in SGD" must catch it.
import type { Mutation } from '../../mutation.ts';

/** solution.ts with these lines replaced: a wrong answer the checks must reject. */
export const mutation: Mutation = [
  {
    replace: [
      "      const amountCents = Math.round(Number(old.amount.replace(/^S\\$/, '').replace(/,/g, '')) * 100);",
    ],
    with: [
      "      const amountCents = Math.round(Number(old.amount.replace(/^S\\$/, '')) * 100);",
    ],
  },
];
