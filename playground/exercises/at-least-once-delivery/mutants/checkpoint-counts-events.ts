// Wrong: the checkpoint counts handled events instead of recording the last position, so it drifts on redelivery.
import type { Mutation } from '../../mutation.ts';

/** solution.ts with these lines replaced: a wrong answer the checks must reject. */
export const mutation: Mutation = [
  {
    replace: [
      "    if (event.metadata.globalPosition <= checkpoint) continue; // seen: applying it again would count twice",
    ],
    with: [
      "    if (event.metadata.globalPosition < checkpoint) continue;",
    ],
  },
  {
    replace: [
      "    checkpoint = event.metadata.globalPosition;",
    ],
    with: [
      "    checkpoint += 1;",
    ],
  },
];
