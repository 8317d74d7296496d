// Wrong: takes the last k events instead of the first k, so the account is never opened in a short slice; "the balance is 100" must catch it.
import type { Mutation } from '../../mutation.ts';

/** solution.ts with these lines replaced: a wrong answer the checks must reject. */
export const mutation: Mutation = [
  {
    replace: [
      "  return events.slice(0, Math.max(0, k)).reduce(decider.evolve, decider.initialState());",
    ],
    with: [
      "  return events.slice(events.length - Math.min(events.length, Math.max(0, k))).reduce(decider.evolve, decider.initialState());",
    ],
  },
];
