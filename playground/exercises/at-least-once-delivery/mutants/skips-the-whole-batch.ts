// Wrong: a batch whose first event was seen is dropped whole, losing the new events of an overlapping batch.
import type { Mutation } from '../../mutation.ts';

/** solution.ts with these lines replaced: a wrong answer the checks must reject. */
export const mutation: Mutation = [
  {
    replace: [
      "  let { checkpoint, view } = stored;",
    ],
    with: [
      "  let { checkpoint, view } = stored;",
      "  if ((batch[0]?.metadata.globalPosition ?? 0) <= checkpoint) return stored;",
    ],
  },
];
