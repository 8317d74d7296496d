// Wrong: the outstanding list keeps invoices paid in full, at zero.
import type { Mutation } from '../../mutation.ts';

/** solution.ts with these lines replaced: a wrong answer the checks must reject. */
export const mutation: Mutation = [
  {
    replace: [
      "    return owed > 0 ? { ...others, [id]: owed } : others;",
    ],
    with: [
      "    void _previous;",
      "    return { ...others, [id]: owed };",
    ],
  },
];
