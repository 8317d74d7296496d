// Wrong: uses a snapshot whatever evolve wrote it, so a stale one (older state shape) is taken as the truth; "written with stateVersion 1 by an older evolve" must catch it.
import type { Mutation } from '../../mutation.ts';

/** solution.ts with these lines replaced: a wrong answer the checks must reject. */
export const mutation: Mutation = [
  {
    replace: [
      "  if (!snapshot || snapshot.stateVersion !== STATE_VERSION) return events.reduce(decider.evolve, decider.initialState());",
    ],
    with: [
      "  if (!snapshot) return events.reduce(decider.evolve, decider.initialState());",
    ],
  },
];
