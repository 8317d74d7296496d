// Wrong: copies the items but still splices at indexOf, so removing a missing item (-1) drops the last one; "the reported cart: filters removed twice" must catch it.
import type { Mutation } from '../../mutation.ts';

/** solution.ts with these lines replaced: a wrong answer the checks must reject. */
export const mutation: Mutation = [
  {
    replace: [
      "        const index = state.items.indexOf(event.data.sku);",
      "        if (index === -1) return state;",
      "        return { ...state, items: state.items.filter((_, i) => i !== index) };",
    ],
    with: [
      "        const items = [...state.items];",
      "        items.splice(items.indexOf(event.data.sku), 1);",
      "        return { ...state, items };",
    ],
  },
];
