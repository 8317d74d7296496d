// Wrong: writes the new fields into the stored event and returns it; stored events are facts, and the frozen events of "a v1 LoanFunded { amount: 'S$1,000.50' }" must catch it.
import type { Mutation } from '../../mutation.ts';

/** solution.ts with these lines replaced: a wrong answer the checks must reject. */
export const mutation: Mutation = [
  {
    replace: [
      "      // A new object: the stored event is a fact and stays as it was.",
      "      return {",
      "        type: event.type,",
      "        data: { loanId: old.loanId, investor: old.investor, amountCents, currency: 'SGD' },",
      "      };",
    ],
    with: [
      "      const data = event.data as Record<string, unknown>;",
      "      data.amountCents = amountCents;",
      "      data.currency = 'SGD';",
      "      delete data.amount;",
      "      return event;",
    ],
  },
];
