// Wrong: the decider activates a conflict that a person resolved before the timer fired.
import type { Mutation } from '../../mutation.ts';

/** solution.ts with these lines replaced: a wrong answer the checks must reject. */
export const mutation: Mutation = [
  {
    replace: [
      "    if (state.status !== 'Detected') return [];",
    ],
    with: [
      "    if (state.status === 'Active') return [];",
    ],
  },
];
