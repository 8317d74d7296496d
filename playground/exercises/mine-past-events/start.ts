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
  // TODO: the folded carts only know what is in them now; the removals are in the events.
  const result: Record<string, string[]> = {};
  return result;
}
