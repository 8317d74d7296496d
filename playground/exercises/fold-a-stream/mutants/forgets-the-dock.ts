// Wrong: AwaitingShipment changes the status but not the dock; "the order awaits shipment at dock D4" must catch it.
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
        return { ...state, status: 'Placed', items: event.data.items };
      case 'AwaitingShipment':
        return { ...state, status: 'AwaitingShipment' };
      case 'OrderShipped':
        return { ...state, status: 'Shipped', trackingNumber: event.data.tracking_number };
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
