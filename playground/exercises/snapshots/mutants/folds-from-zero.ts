// Wrong: restore ignores the snapshot and folds the whole stream from the initial state (right answer, no speed-up); "the 4 events inside the snapshot are not folded again" must catch it.
import type { Mutation } from '../../mutation.ts';

/** solution.ts with these lines replaced: a wrong answer the checks must reject. */
export const mutation: Mutation = [
  {
    replace: [
      "  return events.slice(snapshot.version).reduce(decider.evolve, snapshot.state);",
    ],
    with: [
      "  void snapshot.state;",
      "  return events.reduce(decider.evolve, decider.initialState());",
    ],
  },
];
