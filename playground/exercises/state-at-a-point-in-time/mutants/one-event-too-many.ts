// Wrong: folds the first k + 1 events, so k = 0 already shows the opened account; "asking for the state after 0 events" must catch it.
import type { Mutation } from '../../mutation.ts';

/** solution.ts with these lines replaced: a wrong answer the checks must reject. */
export const mutation: Mutation = [
  {
    replace: [
      "  return events.slice(0, Math.max(0, k)).reduce(decider.evolve, decider.initialState());",
    ],
    with: [
      "  return events.slice(0, Math.max(0, k + 1)).reduce(decider.evolve, decider.initialState());",
    ],
  },
];
