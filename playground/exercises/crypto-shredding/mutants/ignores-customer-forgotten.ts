// Wrong: the live list ignores CustomerForgotten, so it keeps showing the name it copied until someone rebuilds it.
import type { Mutation } from '../../mutation.ts';

/** solution.ts with these lines replaced: a wrong answer the checks must reject. */
export const mutation: Mutation = [
  {
    replace: [
      "  canHandle: ['CustomerRegistered', 'PaymentMade', 'CustomerForgotten'],",
    ],
    with: [
      "  canHandle: ['CustomerRegistered', 'PaymentMade'],",
    ],
  },
];
