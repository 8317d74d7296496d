// Wrong: applies every event up to the write on top of the lagging view, so events it already holds are applied twice; "the projection lags at checkpoint 2" must catch it.
import type { Mutation } from '../../mutation.ts';

/** solution.ts with these lines replaced: a wrong answer the checks must reject. */
export const mutation: Mutation = [
  {
    replace: [
      "      return position > lagging.checkpoint && position <= writtenPosition && handled.has(event.type);",
    ],
    with: [
      "      return position <= writtenPosition && handled.has(event.type);",
    ],
  },
];
