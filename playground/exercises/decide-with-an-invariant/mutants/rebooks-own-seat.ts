// Wrong: a seat is only refused when someone else holds it, so a customer can reserve their own seat again; "Ana reserves A7 again" must catch it.
import type { Mutation } from '../../mutation.ts';

/** solution.ts with these lines replaced: a wrong answer the checks must reject. */
export const mutation: Mutation = [
  {
    replace: [
      "    if (state.reserved[seat] !== undefined) {",
    ],
    with: [
      "    if (state.reserved[seat] !== undefined && state.reserved[seat] !== customer) {",
    ],
  },
];
