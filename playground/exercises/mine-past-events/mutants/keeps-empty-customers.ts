// Wrong: lists customers with nothing left to recommend, with an empty list; "Ana removed coffee, then bought it later" must catch it.
import type { Mutation } from '../../mutation.ts';

/** solution.ts with these lines replaced: a wrong answer the checks must reject. */
export const mutation: Mutation = [
  {
    replace: [
      "    if (notBought.length > 0) result[customer] = notBought;",
    ],
    with: [
      "    result[customer] = notBought;",
    ],
  },
];
