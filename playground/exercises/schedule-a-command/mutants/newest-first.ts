// Wrong: due commands come newest deadline first, so the longest-waiting conflict waits longest again.
import type { Mutation } from '../../mutation.ts';

/** solution.ts with these lines replaced: a wrong answer the checks must reject. */
export const mutation: Mutation = [
  {
    replace: [
      "    .sort(([, a], [, b]) => Date.parse(a) - Date.parse(b))",
    ],
    with: [
      "    .sort(([, a], [, b]) => Date.parse(b) - Date.parse(a))",
    ],
  },
];
