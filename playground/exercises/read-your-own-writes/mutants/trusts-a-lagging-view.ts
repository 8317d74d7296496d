// Wrong: catches up only when the projection has seen nothing at all (checkpoint 0); "the projection lags at checkpoint 2" must catch it.
import type { Mutation } from '../../mutation.ts';

/** solution.ts with these lines replaced: a wrong answer the checks must reject. */
export const mutation: Mutation = [
  {
    replace: [
      "  if (lagging.checkpoint >= writtenPosition) return lagging.view;",
    ],
    with: [
      "  if (lagging.checkpoint > 0) return lagging.view;",
      "  void writtenPosition;",
    ],
  },
];
