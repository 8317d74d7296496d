// Wrong: lists the machines in the order they were added, not by name; "both are available, sorted by name" must catch it.
import type { Mutation } from '../../mutation.ts';

/** solution.ts with these lines replaced: a wrong answer the checks must reject. */
export const mutation: Mutation = [
  {
    replace: [
      "      .filter((name) => isAvailable(machines[name] ?? newMachine))",
      "      .sort();",
    ],
    with: [
      "      .filter((name) => isAvailable(machines[name] ?? newMachine));",
    ],
  },
];
