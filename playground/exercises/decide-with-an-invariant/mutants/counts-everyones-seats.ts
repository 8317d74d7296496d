// Wrong: counts every reserved seat in the hall against the limit, not only the customer's own; "Ana holds A7 and Bo holds three seats ... Bo reserves a fourth" must catch it.
import type { Mutation } from '../../mutation.ts';

/** solution.ts with these lines replaced: a wrong answer the checks must reject. */
export const mutation: Mutation = [
  {
    replace: [
      "    const held = Object.values(state.reserved).filter((holder) => holder === customer).length;",
    ],
    with: [
      "    const held = Object.values(state.reserved).length;",
      "    void customer;",
    ],
  },
];
