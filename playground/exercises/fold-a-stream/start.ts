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

  // TODO: return the state after `event`. Handle all three event types.
  evolve: (state, event) => {
    return state;
  },

  decide: (command, state) => {
    if (state.status !== 'AwaitingShipment') {
      throw new DomainError('Only an order awaiting shipment can be shipped');
    }
    return { type: 'OrderShipped', data: command.data };
  },
};
