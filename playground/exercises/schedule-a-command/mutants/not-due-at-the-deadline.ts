// Wrong: a command is due only after its deadline, not at it (< instead of <=).
import type { Mutation } from '../../mutation.ts';

/** solution.ts with these lines replaced: a wrong answer the checks must reject. */
export const mutation: Mutation = [
  {
    replace: [
      "    .filter(([, deadline]) => Date.parse(deadline) <= Date.parse(now))",
    ],
    with: [
      "    .filter(([, deadline]) => Date.parse(deadline) < Date.parse(now))",
    ],
  },
];
