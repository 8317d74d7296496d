// Wrong: treats a position past the end as "nothing happened" instead of "now"; "a position past the end is now: 120" must catch it.
import type { Mutation } from '../../mutation.ts';

/** solution.ts with these lines replaced: a wrong answer the checks must reject. */
export const mutation: Mutation = [
  {
    replace: [
      "  // slice clamps for us: slice(0, 0) is empty, slice(0, 99) is the whole stream.",
    ],
    with: [
      "  // slice clamps for us: slice(0, 0) is empty, slice(0, 99) is the whole stream.",
      "  if (k > events.length) return decider.initialState();",
    ],
  },
];
