// Wrong: multiplies by 100 without rounding, so S$19.99 becomes 1998.9999999999998 cents; "it is exactly 1999 cents" must catch it.
import type { Mutation } from '../../mutation.ts';

/** solution.ts with these lines replaced: a wrong answer the checks must reject. */
export const mutation: Mutation = [
  {
    replace: [
      "      const amountCents = Math.round(Number(old.amount.replace(/^S\\$/, '').replace(/,/g, '')) * 100);",
    ],
    with: [
      "      const amountCents = Number(old.amount.replace(/^S\\$/, '').replace(/,/g, '')) * 100;",
    ],
  },
];
