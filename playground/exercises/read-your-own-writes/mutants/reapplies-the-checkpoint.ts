// Wrong: starts at the checkpoint instead of after it, so the last event the projection applied is applied again; "the projection lags at checkpoint 1 and we wrote event 2" must catch it.
import type { Mutation } from '../../mutation.ts';

/** solution.ts with these lines replaced: a wrong answer the checks must reject. */
export const mutation: Mutation = [
  {
    replace: [
      "      return position > lagging.checkpoint && position <= writtenPosition && handled.has(event.type);",
    ],
    with: [
      "      return position >= lagging.checkpoint && position <= writtenPosition && handled.has(event.type);",
    ],
  },
];
