// Wrong: evolve is fixed but decide still turns a retried RemoveItem into a second ItemRemoved; "the retried request sends RemoveItem filters again" must catch it.
import { DomainError, type Decider } from '#engine';

// Jet.com: "it is possible to replay a bug in the system".
export type CartEvent =
  | { type: 'ItemAdded'; data: { sku: string } }
  | { type: 'ItemRemoved'; data: { sku: string } }
  | { type: 'CheckedOut'; data: { items: string[] } };

export type CartCommand =
  | { type: 'RemoveItem'; data: { sku: string } }
  | { type: 'CheckOut'; data: Record<string, never> };

export interface Cart {
  items: string[];
  checkedOut: boolean;
}

export const decider: Decider<Cart, CartCommand, CartEvent> = {
  initialState: () => ({ items: [], checkedOut: false }),

  evolve: (state, event) => {
    switch (event.type) {
      case 'ItemAdded':
        return { ...state, items: [...state.items, event.data.sku] };
      case 'ItemRemoved': {
        // The bug: indexOf gives -1 for an item that is not in the cart (a
        // retried request removes it twice), and splice(-1, 1) removes the
        // LAST item. splice also changed the previous state in place, so
        // time travel showed the wrong past. Remove one copy, in a new array.
        const index = state.items.indexOf(event.data.sku);
        if (index === -1) return state;
        return { ...state, items: state.items.filter((_, i) => i !== index) };
      }
      case 'CheckedOut':
        return { ...state, checkedOut: true };
    }
  },

  decide: (command, state) => {
    if (state.checkedOut) throw new DomainError('This cart is already checked out');
    switch (command.type) {
      case 'RemoveItem':
        // A retried request asks again for what is already done: record nothing.
        // The event that caused the bug should never have been stored.
        return { type: 'ItemRemoved', data: command.data };
      case 'CheckOut':
        if (state.items.length === 0) throw new DomainError('Your cart is empty');
        return { type: 'CheckedOut', data: { items: state.items } };
    }
  },
};
