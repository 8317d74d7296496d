// Wrong: the event at the checkpoint itself is applied again (< instead of <=).
import type { Mutation } from '../../mutation.ts';

/** solution.ts with these lines replaced: a wrong answer the checks must reject. */
export const mutation: Mutation = [
  {
    replace: [
      "    if (event.metadata.globalPosition <= checkpoint) continue; // seen: applying it again would count twice",
    ],
    with: [
      "    if (event.metadata.globalPosition < checkpoint) continue; // seen: applying it again would count twice",
    ],
  },
];
