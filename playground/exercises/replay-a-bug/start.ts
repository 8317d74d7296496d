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
        const items = state.items;
        items.splice(items.indexOf(event.data.sku), 1);
        return { ...state, items };
      }
      case 'CheckedOut':
        return { ...state, checkedOut: true };
    }
  },

  decide: (command, state) => {
    if (state.checkedOut) throw new DomainError('This cart is already checked out');
    switch (command.type) {
      case 'RemoveItem':
        // TODO: a retried request removes the same item again. Should that become an event?
        return { type: 'ItemRemoved', data: command.data };
      case 'CheckOut':
        if (state.items.length === 0) throw new DomainError('Your cart is empty');
        return { type: 'CheckedOut', data: { items: state.items } };
    }
  },
};
