// Wrong: the grace period ends seven hours after detection instead of seven days.
import type { Mutation } from '../../mutation.ts';

/** solution.ts with these lines replaced: a wrong answer the checks must reject. */
export const mutation: Mutation = [
  {
    replace: [
      "const DAY_MS = 24 * 60 * 60 * 1000;",
    ],
    with: [
      "const DAY_MS = 60 * 60 * 1000;",
    ],
  },
];
