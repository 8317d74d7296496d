// Wrong: one stream for the whole show, so buyers in different sections conflict with each other.
import type { Mutation } from '../../mutation.ts';

/** solution.ts with these lines replaced: a wrong answer the checks must reject. */
export const mutation: Mutation = [
  {
    replace: [
      "  return toStreamName('Section', `${command.data.show}_${command.data.section}`);",
    ],
    with: [
      "  return toStreamName('Show', command.data.show);",
    ],
  },
];
