// Wrong: the new event type is not folded, so a withdrawn investor still funds the loan.
import type { Mutation } from '../../mutation.ts';

/** solution.ts with these lines replaced: a wrong answer the checks must reject. */
export const mutation: Mutation = [
  {
    replace: [
      "        return { ...state, fundings: state.fundings.filter((f) => f.investor !== event.data.investor) };",
    ],
    with: [
      "        return state;",
    ],
  },
];
