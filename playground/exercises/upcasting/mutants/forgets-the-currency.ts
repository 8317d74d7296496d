// Wrong: the v2 shape has no currency; "it has the v2 shape, 100050 cents in SGD" must catch it.
import type { Mutation } from '../../mutation.ts';

/** solution.ts with these lines replaced: a wrong answer the checks must reject. */
export const mutation: Mutation = [
  {
    replace: [
      "        data: { loanId: old.loanId, investor: old.investor, amountCents, currency: 'SGD' },",
    ],
    with: [
      "        data: { loanId: old.loanId, investor: old.investor, amountCents },",
    ],
  },
];
