// Wrong: forgetting a customer also drops their payments, which are not personal data and must still add up.
import type { Mutation } from '../../mutation.ts';

/** solution.ts with these lines replaced: a wrong answer the checks must reject. */
export const mutation: Mutation = [
  {
    replace: [
      "        return { ...view, [id]: { ...row, name: FORGOTTEN, email: null } };",
    ],
    with: [
      "        return { ...view, [id]: { name: FORGOTTEN, email: null, paidCents: 0 } };",
    ],
  },
];
