// Wrong: InvoiceSent does not carry the total, so the outstanding list cannot know what is owed.
import type { Mutation } from '../../mutation.ts';

/** solution.ts with these lines replaced: a wrong answer the checks must reject. */
export const mutation: Mutation = [
  {
    replace: [
      "        return { type: 'InvoiceSent', data: { invoiceId, totalCents: state.totalCents } };",
    ],
    with: [
      "        return { type: 'InvoiceSent', data: { invoiceId, totalCents: 0 } };",
    ],
  },
];
