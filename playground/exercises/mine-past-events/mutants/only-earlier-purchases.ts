// Wrong: a removed item counts as bought only if it was bought before the removal; "Ana removed coffee, then bought it later" must catch it.
import type { Mutation } from '../../mutation.ts';

/** solution.ts with these lines replaced: a wrong answer the checks must reject. */
export const mutation: Mutation = [
  {
    replace: [
      "    if (event.type === 'ItemRemovedFromCart') add(removed, event.data.customer, event.data.sku);",
    ],
    with: [
      "    if (event.type === 'ItemRemovedFromCart' && !bought.get(event.data.customer)?.has(event.data.sku)) {",
      "      add(removed, event.data.customer, event.data.sku);",
      "    }",
    ],
  },
  {
    replace: [
      "    const notBought = [...skus].filter((sku) => !bought.get(customer)?.has(sku)).sort();",
    ],
    with: [
      "    const notBought = [...skus].sort();",
    ],
  },
];
