// Wrong: folds from one past the snapshot version, so the first event after the snapshot is lost; "a snapshot after 2 of 6 events ... equals folding the whole stream" must catch it.
import type { Mutation } from '../../mutation.ts';

/** solution.ts with these lines replaced: a wrong answer the checks must reject. */
export const mutation: Mutation = [
  {
    replace: [
      "  return events.slice(snapshot.version).reduce(decider.evolve, snapshot.state);",
    ],
    with: [
      "  return events.slice(snapshot.version + 1).reduce(decider.evolve, snapshot.state);",
    ],
  },
];
