// Wrong: the reader copies the whole payload, so unknown fields (and the loan id) leak into the state.
import type { Mutation } from '../../mutation.ts';

/** solution.ts with these lines replaced: a wrong answer the checks must reject. */
export const mutation: Mutation = [
  {
    replace: [
      "  return { investor, amountCents, currency: typeof currency === 'string' ? currency : 'SGD' };",
    ],
    with: [
      "  return { ...data, investor, amountCents, currency: typeof currency === 'string' ? currency : 'SGD' };",
    ],
  },
];
