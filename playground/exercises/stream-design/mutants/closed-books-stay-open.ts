// Wrong: a closed stream still takes reservations, so two streams sell the same section.
import type { Mutation } from '../../mutation.ts';

/** solution.ts with these lines replaced: a wrong answer the checks must reject. */
export const mutation: Mutation = [
  {
    replace: [
      "    if (state.continuedIn !== null) throw new DomainError(`These books are closed: reserve in ${state.continuedIn}`);",
    ],
    with: [],
  },
];
