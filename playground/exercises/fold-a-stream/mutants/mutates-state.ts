// Wrong: evolve assigns to the state it was given and returns it (not pure); the checks freeze every state, so "OrderPlaced ... the order is Placed with its items" must catch it.
import { DomainError, type Decider } from '#engine';

// Jet.com's example stream CustomerOrder-123456789, past-tense events.
export type OrderEvent =
  | { type: 'OrderPlaced'; data: { items: string[] } }
  | { type: 'AwaitingShipment'; data: { scanned_by: string; dock: string } }
  | { type: 'OrderShipped'; data: { carrier: string; tracking_number: string } };

export type OrderCommand = { type: 'ShipOrder'; data: { carrier: string; tracking_number: string } };

export interface Order {
  status: 'None' | 'Placed' | 'AwaitingShipment' | 'Shipped';
  items: string[];
  dock: string | null;
  trackingNumber: string | null;
}

export const decider: Decider<Order, OrderCommand, OrderEvent> = {
  initialState: () => ({ status: 'None', items: [], dock: null, trackingNumber: null }),

  evolve: (state, event) => {
    switch (event.type) {
      case 'OrderPlaced':
        state.status = 'Placed';
        state.items = event.data.items;
        return state;
      case 'AwaitingShipment':
        state.status = 'AwaitingShipment';
        state.dock = event.data.dock;
        return state;
      case 'OrderShipped':
        state.status = 'Shipped';
        state.trackingNumber = event.data.tracking_number;
        return state;
      default: {
        // Exhaustive: a new event type added to the union fails to compile here.
        const unknownEvent: never = event;
        return unknownEvent;
      }
    }
  },

  decide: (command, state) => {
    if (state.status !== 'AwaitingShipment') {
      throw new DomainError('Only an order awaiting shipment can be shipped');
    }
    return { type: 'OrderShipped', data: command.data };
  },
};
