// Wrong: guards against -1 but splices the previous state's array in place, changing the past; "the earlier state still shows both items (evolve is pure)" must catch it.
import type { Mutation } from '../../mutation.ts';

/** solution.ts with these lines replaced: a wrong answer the checks must reject. */
export const mutation: Mutation = [
  {
    replace: [
      "        return { ...state, items: state.items.filter((_, i) => i !== index) };",
    ],
    with: [
      "        const items = state.items;",
      "        items.splice(index, 1);",
      "        return { ...state, items };",
    ],
  },
];
