// Wrong: only the per-customer limit is enforced, so a seat someone holds is sold again; "A7 reserved by Ana ... Bo reserves A7" must catch it.
import type { Mutation } from '../../mutation.ts';

/** solution.ts with these lines replaced: a wrong answer the checks must reject. */
export const mutation: Mutation = [
  {
    replace: [
      "    if (state.reserved[seat] !== undefined) {",
      "      throw new DomainError(`Seat ${seat} is already reserved`, 'a seat is sold once');",
      "    }",
    ],
    with: [],
  },
];
