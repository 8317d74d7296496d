// Wrong: the copy carries the retired InvestorNotified events into the new stream.
import type { Mutation } from '../../mutation.ts';

/** solution.ts with these lines replaced: a wrong answer the checks must reject. */
export const mutation: Mutation = [
  {
    replace: [
      "    .filter((event) => event.type !== 'InvestorNotified')",
    ],
    with: [],
  },
];
