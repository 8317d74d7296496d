// Wrong: folds the event before writing its rows, so "from" is already the new value; "three rows, each with the old and new IBAN" must catch it.
import type { Mutation } from '../../mutation.ts';

/** solution.ts with these lines replaced: a wrong answer the checks must reject. */
export const mutation: Mutation = [
  {
    replace: [
      "  for (const event of events) {",
    ],
    with: [
      "  for (const event of events) {",
      "    before = decider.evolve(before, event);",
    ],
  },
  {
    replace: [
      "    before = decider.evolve(before, event);",
    ],
    with: [],
  },
];
