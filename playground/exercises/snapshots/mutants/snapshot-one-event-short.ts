// Wrong: takeSnapshot folds one event fewer than its version says, so every restore from it misses an event; "a snapshot after 4 of 6 events ... equals folding the whole stream" must catch it.
import type { Mutation } from '../../mutation.ts';

/** solution.ts with these lines replaced: a wrong answer the checks must reject. */
export const mutation: Mutation = [
  {
    replace: [
      "  return { version, stateVersion: STATE_VERSION, state: events.slice(0, version).reduce(decider.evolve, decider.initialState()) };",
    ],
    with: [
      "  return { version, stateVersion: STATE_VERSION, state: events.slice(0, Math.max(0, version - 1)).reduce(decider.evolve, decider.initialState()) };",
    ],
  },
];
