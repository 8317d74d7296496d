// Wrong: leaves out an item if any customer bought it, not only this one; "Bo bought a kettle, Ana removed hers" must catch it.
import type { Mutation } from '../../mutation.ts';

/** solution.ts with these lines replaced: a wrong answer the checks must reject. */
export const mutation: Mutation = [
  {
    replace: [
      "    const notBought = [...skus].filter((sku) => !bought.get(customer)?.has(sku)).sort();",
    ],
    with: [
      "    const boughtByAnyone = new Set([...bought.values()].flatMap((set) => [...set]));",
      "    const notBought = [...skus].filter((sku) => !boughtByAnyone.has(sku)).sort();",
    ],
  },
];
