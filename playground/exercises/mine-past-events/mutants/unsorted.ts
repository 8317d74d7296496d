// Wrong: lists the items in the order they were removed, not sorted; "Ana removed a mug, then a kettle" must catch it.
import type { Mutation } from '../../mutation.ts';

/** solution.ts with these lines replaced: a wrong answer the checks must reject. */
export const mutation: Mutation = [
  {
    replace: [
      "    const notBought = [...skus].filter((sku) => !bought.get(customer)?.has(sku)).sort();",
    ],
    with: [
      "    const notBought = [...skus].filter((sku) => !bought.get(customer)?.has(sku));",
    ],
  },
];
