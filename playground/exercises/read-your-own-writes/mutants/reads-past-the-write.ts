// Wrong: catches up on the whole log, past the event it wrote; "others have written up to 5 since" must catch it.
import type { Mutation } from '../../mutation.ts';

/** solution.ts with these lines replaced: a wrong answer the checks must reject. */
export const mutation: Mutation = [
  {
    replace: [
      "      return position > lagging.checkpoint && position <= writtenPosition && handled.has(event.type);",
    ],
    with: [
      "      return position > lagging.checkpoint && handled.has(event.type);",
    ],
  },
];
