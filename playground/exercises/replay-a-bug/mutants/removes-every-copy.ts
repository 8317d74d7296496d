// Wrong: a removal takes every copy of the item out of the cart; "coffee added twice, then one coffee removed" must catch it.
import type { Mutation } from '../../mutation.ts';

/** solution.ts with these lines replaced: a wrong answer the checks must reject. */
export const mutation: Mutation = [
  {
    replace: [
      "        if (index === -1) return state;",
      "        return { ...state, items: state.items.filter((_, i) => i !== index) };",
    ],
    with: [
      "        void index;",
      "        return { ...state, items: state.items.filter((sku) => sku !== event.data.sku) };",
    ],
  },
];
