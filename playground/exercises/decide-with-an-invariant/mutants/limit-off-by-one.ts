// Wrong: lets a customer hold five seats (> instead of >=); "Bo holds four seats ... Bo reserves a fifth" must catch it.
import type { Mutation } from '../../mutation.ts';

/** solution.ts with these lines replaced: a wrong answer the checks must reject. */
export const mutation: Mutation = [
  {
    replace: [
      "    if (held >= MAX_SEATS_PER_CUSTOMER) {",
    ],
    with: [
      "    if (held > MAX_SEATS_PER_CUSTOMER) {",
    ],
  },
];
