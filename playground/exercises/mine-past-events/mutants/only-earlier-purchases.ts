// Wrong: a removed item counts as bought only if it was bought before the removal; "Ana removed coffee, then bought it later" must catch it.
import type { Decider } from '#engine';

// Shopping carts, as in "Event Sourcing in practice" (Johannes Seitz).
export type CartEvent =
  | { type: 'ItemAddedToCart'; data: { customer: string; sku: string } }
  | { type: 'ItemRemovedFromCart'; data: { customer: string; sku: string } }
  | { type: 'CartCheckedOut'; data: { customer: string; skus: string[] } };

/** What a state-based shop would store: what is in the cart now. */
export interface Cart {
  items: string[];
}

export const decider: Decider<Cart, { type: 'Noop'; data: null }, CartEvent> = {
  initialState: () => ({ items: [] }),
  evolve: (state, event) => {
    switch (event.type) {
      case 'ItemAddedToCart':
        return { items: [...state.items, event.data.sku] };
      case 'ItemRemovedFromCart':
        return { items: state.items.filter((sku) => sku !== event.data.sku) };
      case 'CartCheckedOut':
        return { items: [] };
    }
  },
  decide: () => [],
};

/**
 * For each customer, the items they removed from a cart and have not bought
 * (in any checkout, before or after), sorted, each once. Customers with
 * nothing to recommend are left out.
 */
export function recommendations(events: CartEvent[]): Record<string, string[]> {
  // The current state has forgotten every removal; the events have not.
  const removed = new Map<string, Set<string>>();
  const bought = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, customer: string, sku: string): void => {
    const set = map.get(customer) ?? new Set<string>();
    set.add(sku);
    map.set(customer, set);
  };
  for (const event of events) {
    if (event.type === 'ItemRemovedFromCart' && !bought.get(event.data.customer)?.has(event.data.sku)) {
      add(removed, event.data.customer, event.data.sku);
    }
    if (event.type === 'CartCheckedOut') for (const sku of event.data.skus) add(bought, event.data.customer, sku);
  }
  const result: Record<string, string[]> = {};
  for (const [customer, skus] of removed) {
    const notBought = [...skus].sort();
    if (notBought.length > 0) result[customer] = notBought;
  }
  return result;
}
