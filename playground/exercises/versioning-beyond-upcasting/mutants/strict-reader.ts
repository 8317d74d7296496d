// Wrong: the reader insists on a currency, so every event written before currency existed breaks the fold.
import type { Mutation } from '../../mutation.ts';

/** solution.ts with these lines replaced: a wrong answer the checks must reject. */
export const mutation: Mutation = [
  {
    replace: [
      "  return { investor, amountCents, currency: typeof currency === 'string' ? currency : 'SGD' };",
    ],
    with: [
      "  if (typeof currency !== 'string') throw new Error('LoanFunded without a currency');",
      "  return { investor, amountCents, currency };",
    ],
  },
];
