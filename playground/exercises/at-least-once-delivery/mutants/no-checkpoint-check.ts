// Wrong: every delivered event is applied, so a redelivered batch counts its likes twice.
import type { Mutation } from '../../mutation.ts';

/** solution.ts with these lines replaced: a wrong answer the checks must reject. */
export const mutation: Mutation = [
  {
    replace: [
      "    if (event.metadata.globalPosition <= checkpoint) continue; // seen: applying it again would count twice",
    ],
    with: [],
  },
];
