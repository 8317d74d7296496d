// Wrong: no spec cancels twice, so a decider that records OrderCancelled again passes.

import { DomainError, type Decider, type DeciderScenario } from '#engine';

// Jet.com's order, as a decider. It is correct: your job is the specs.
export type OrderEvent =
  | { type: 'OrderPlaced'; data: { items: string[] } }
  | { type: 'AwaitingShipment'; data: { scanned_by: string; dock: string } }
  | { type: 'OrderShipped'; data: { carrier: string; tracking_number: string } }
  | { type: 'OrderCancelled'; data: { reason: string } };

export type OrderCommand =
  | { type: 'PlaceOrder'; data: { items: string[] } }
  | { type: 'ScanOrder'; data: { scanned_by: string; dock: string } }
  | { type: 'ShipOrder'; data: { carrier: string; tracking_number: string } }
  | { type: 'CancelOrder'; data: { reason: string } };

export interface Order {
  status: 'None' | 'Placed' | 'AwaitingShipment' | 'Shipped' | 'Cancelled';
}

export const decider: Decider<Order, OrderCommand, OrderEvent> = {
  initialState: () => ({ status: 'None' }),
  evolve: (_state, event) => {
    switch (event.type) {
      case 'OrderPlaced':
        return { status: 'Placed' };
      case 'AwaitingShipment':
        return { status: 'AwaitingShipment' };
      case 'OrderShipped':
        return { status: 'Shipped' };
      case 'OrderCancelled':
        return { status: 'Cancelled' };
    }
  },
  decide: (command, state) => {
    switch (command.type) {
      case 'PlaceOrder':
        if (state.status !== 'None') throw new DomainError('This order was placed already');
        if (command.data.items.length === 0) throw new DomainError('An order needs at least one item');
        return { type: 'OrderPlaced', data: command.data };
      case 'ScanOrder':
        if (state.status !== 'Placed') throw new DomainError('Only a placed order can be scanned');
        return { type: 'AwaitingShipment', data: command.data };
      case 'ShipOrder':
        if (state.status !== 'AwaitingShipment') throw new DomainError('Only an order awaiting shipment can ship');
        return { type: 'OrderShipped', data: command.data };
      case 'CancelOrder':
        // Cancelling twice is not an error: the order is cancelled, nothing new happened.
        if (state.status === 'Cancelled') return [];
        if (state.status === 'None' || state.status === 'Shipped') {
          throw new DomainError('Only an order that has not shipped can be cancelled');
        }
        return { type: 'OrderCancelled', data: command.data };
    }
  },
};

const placed: OrderEvent = { type: 'OrderPlaced', data: { items: ['coffee'] } };
const scanned: OrderEvent = { type: 'AwaitingShipment', data: { scanned_by: 'Ana', dock: 'D4' } };
const shipped: OrderEvent = { type: 'OrderShipped', data: { carrier: 'UPS', tracking_number: '1Z999' } };
const cancelled: OrderEvent = { type: 'OrderCancelled', data: { reason: 'changed my mind' } };

/**
 * Given events, when a command, then the events it causes, or
 * `{ error: true }` when it must be rejected with a DomainError.
 * The checks run these against hidden wrong versions of the decider.
 */
export const specs: DeciderScenario<OrderCommand, OrderEvent>[] = [
  {
    title: 'a new order can be placed',
    given: [],
    when: { type: 'PlaceOrder', data: { items: ['coffee'] } },
    then: [placed],
  },
  {
    title: 'an order is placed once',
    given: [placed],
    when: { type: 'PlaceOrder', data: { items: ['tea'] } },
    then: { error: true },
  },
  {
    title: 'an order without items is rejected',
    given: [],
    when: { type: 'PlaceOrder', data: { items: [] } },
    then: { error: true },
  },
  {
    title: 'a placed order can be scanned',
    given: [placed],
    when: { type: 'ScanOrder', data: { scanned_by: 'Ana', dock: 'D4' } },
    then: [scanned],
  },
  {
    title: 'a cancelled order cannot be scanned',
    given: [placed, cancelled],
    when: { type: 'ScanOrder', data: { scanned_by: 'Ana', dock: 'D4' } },
    then: { error: true },
  },
  {
    title: 'a scanned order ships',
    given: [placed, scanned],
    when: { type: 'ShipOrder', data: { carrier: 'UPS', tracking_number: '1Z999' } },
    then: [{ type: 'OrderShipped', data: { carrier: 'UPS', tracking_number: '1Z999' } }],
  },
  {
    title: 'an order nobody scanned does not ship',
    given: [placed],
    when: { type: 'ShipOrder', data: { carrier: 'UPS', tracking_number: '1Z999' } },
    then: { error: true },
  },
  {
    title: 'a shipped order can no longer be cancelled',
    given: [placed, scanned, shipped],
    when: { type: 'CancelOrder', data: { reason: 'changed my mind' } },
    then: { error: true },
  },
  {
    title: 'a placed order can be cancelled',
    given: [placed],
    when: { type: 'CancelOrder', data: { reason: 'changed my mind' } },
    then: [cancelled],
  },
];
