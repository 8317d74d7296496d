// Wrong: lists an item once per removal; "the mug is listed once" must catch it.
import type { Mutation } from '../../mutation.ts';

/** solution.ts with these lines replaced: a wrong answer the checks must reject. */
export const mutation: Mutation = [
  {
    replace: [
      "  // The current state has forgotten every removal; the events have not.",
    ],
    with: [
      "  // The current state has forgotten every removal; the events have not.",
      "  const removedTwice = new Map<string, string[]>();",
    ],
  },
  {
    replace: [
      "    if (event.type === 'ItemRemovedFromCart') add(removed, event.data.customer, event.data.sku);",
    ],
    with: [
      "    if (event.type === 'ItemRemovedFromCart') {",
      "      add(removed, event.data.customer, event.data.sku);",
      "      removedTwice.set(event.data.customer, [...(removedTwice.get(event.data.customer) ?? []), event.data.sku]);",
      "    }",
    ],
  },
  {
    replace: [
      "  for (const [customer, skus] of removed) {",
      "    const notBought = [...skus].filter((sku) => !bought.get(customer)?.has(sku)).sort();",
    ],
    with: [
      "  for (const [customer, skus] of removedTwice) {",
      "    const notBought = skus.filter((sku) => !bought.get(customer)?.has(sku)).sort();",
    ],
  },
];
