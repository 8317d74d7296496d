/**
 * A Jet.com customer order, from cart to doorstep.
 *
 * Jet's "Event Sourcing is Awesome" post shows a stream `CustomerOrder-…`
 * with events named in the past tense, such as `AwaitingShipment
 * { scanned_by, dock }` and `OrderShipped { carrier, tracking_number }`
 * (their field names are kept here). State is a fold of the stream, so a bug
 * can be replayed up to the event that triggers it.
 */
import { DomainError, type Command, type Decider, type Event, type Projection } from '#engine';

// ---- Events ----------------------------------------------------------------
export type OrderEvent =
  | Event<'ItemAdded', { sku: string; name: string; unitPrice: number; quantity: number }>
  | Event<'ItemQuantityChanged', { sku: string; quantity: number }>
  | Event<'ItemRemoved', { sku: string }>
  | Event<'OrderPlaced', { total: number; shipTo: string }>
  | Event<'PaymentAuthorized', { amount: number; method: string }>
  | Event<'AwaitingShipment', { parcel: string; skus: string[]; scanned_by: string; dock: string }>
  | Event<'OrderShipped', { parcel: string; carrier: string; tracking_number: string }>
  | Event<'ParcelDelivered', { parcel: string }>;

// ---- Commands ----------------------------------------------------------------
export type OrderCommand =
  | Command<'AddItem', { sku: string; name: string; unitPrice: number; quantity: number }>
  | Command<'ChangeQuantity', { sku: string; quantity: number }>
  | Command<'RemoveItem', { sku: string }>
  | Command<'PlaceOrder', { shipTo: string }>
  | Command<'AuthorizePayment', { method: string }>
  | Command<'ScanParcel', { parcel: string; skus: string; scanned_by: string; dock: string }>
  | Command<'ShipParcel', { parcel: string; carrier: string; tracking_number: string }>
  | Command<'ConfirmDelivery', { parcel: string }>;

interface Parcel {
  skus: string[];
  status: 'awaiting shipment' | 'shipped' | 'delivered';
  tracking_number: string;
}

export interface OrderState {
  status: 'cart' | 'placed' | 'paid';
  items: Record<string, { name: string; unitPrice: number; quantity: number }>;
  /** In whole dollars. */
  total: number;
  parcels: Record<string, Parcel>;
}

const totalOf = (items: OrderState['items']): number =>
  Object.values(items).reduce((sum, item) => sum + item.unitPrice * item.quantity, 0);

export const decider: Decider<OrderState, OrderCommand, OrderEvent> = {
  initialState: () => ({ status: 'cart', items: {}, total: 0, parcels: {} }),

  evolve: (state, event) => {
    switch (event.type) {
      case 'ItemAdded': {
        const { sku, ...item } = event.data;
        const items = { ...state.items, [sku]: item };
        return { ...state, items, total: totalOf(items) };
      }
      case 'ItemQuantityChanged': {
        const { sku, quantity } = event.data;
        const existing = state.items[sku];
        if (!existing) return state;
        const items = { ...state.items, [sku]: { ...existing, quantity } };
        return { ...state, items, total: totalOf(items) };
      }
      case 'ItemRemoved': {
        const { [event.data.sku]: _removed, ...items } = state.items;
        return { ...state, items, total: totalOf(items) };
      }
      case 'OrderPlaced':
        return { ...state, status: 'placed' };
      case 'PaymentAuthorized':
        return { ...state, status: 'paid' };
      case 'AwaitingShipment':
        return { ...state, parcels: { ...state.parcels, [event.data.parcel]: { skus: event.data.skus, status: 'awaiting shipment', tracking_number: '' } } };
      case 'OrderShipped':
      case 'ParcelDelivered': {
        const parcel = state.parcels[event.data.parcel];
        if (!parcel) return state;
        const next: Parcel = event.type === 'OrderShipped'
          ? { ...parcel, status: 'shipped', tracking_number: event.data.tracking_number }
          : { ...parcel, status: 'delivered' };
        return { ...state, parcels: { ...state.parcels, [event.data.parcel]: next } };
      }
      default: {
        const unhandled: never = event;
        throw new Error(`Unknown event: ${JSON.stringify(unhandled)}`);
      }
    }
  },

  decide: (command, state): OrderEvent => {
    switch (command.type) {
      case 'AddItem':
      case 'ChangeQuantity':
      case 'RemoveItem': {
        if (state.status !== 'cart') throw new DomainError('The order is placed', 'The cart changes only before checkout');
        const inCart = command.data.sku in state.items;
        if (command.type === 'AddItem') {
          if (inCart) throw new DomainError(`${command.data.sku} is in the cart; change its quantity`, 'An item is added once');
          positive(command.data.quantity);
          return { type: 'ItemAdded', data: { ...command.data } };
        }
        if (!inCart) throw new DomainError(`${command.data.sku} is not in the cart`, 'Only items in the cart can change');
        if (command.type === 'RemoveItem') return { type: 'ItemRemoved', data: { sku: command.data.sku } };
        positive(command.data.quantity);
        return { type: 'ItemQuantityChanged', data: { ...command.data } };
      }
      case 'PlaceOrder':
        if (state.status !== 'cart') throw new DomainError('Already placed', 'An order is placed once');
        if (state.total === 0) throw new DomainError('The cart is empty', 'An empty cart cannot be checked out');
        return { type: 'OrderPlaced', data: { total: state.total, shipTo: command.data.shipTo } };
      case 'AuthorizePayment':
        if (state.status !== 'placed') throw new DomainError(`The order is ${state.status}`, 'Payment follows a placed order');
        return { type: 'PaymentAuthorized', data: { amount: state.total, method: command.data.method } };
      case 'ScanParcel': {
        if (state.status !== 'paid') throw new DomainError('Not paid yet', 'Only paid orders ship');
        // A parcel id names one box: scanning it again would overwrite its history (a delivered
        // parcel back "awaiting shipment") and free its items to be packed a second time.
        if (state.parcels[command.data.parcel]) {
          throw new DomainError(`${command.data.parcel} is already scanned`, 'A parcel is scanned once');
        }
        const skus = command.data.skus.split(',').map((sku) => sku.trim()).filter(Boolean);
        const packed = Object.values(state.parcels).flatMap((p) => p.skus);
        const wrong = skus.find((sku) => !(sku in state.items) || packed.includes(sku));
        if (wrong !== undefined || skus.length === 0) {
          throw new DomainError(`${wrong ?? 'no item'} cannot go in this parcel`, 'Each item ships in exactly one parcel');
        }
        return { type: 'AwaitingShipment', data: { parcel: command.data.parcel, skus, scanned_by: command.data.scanned_by, dock: command.data.dock } };
      }
      case 'ShipParcel':
        if (state.parcels[command.data.parcel]?.status !== 'awaiting shipment') {
          throw new DomainError(`${command.data.parcel} is not waiting at a dock`, 'A parcel ships once, after it is scanned');
        }
        return { type: 'OrderShipped', data: { ...command.data } };
      case 'ConfirmDelivery':
        if (state.parcels[command.data.parcel]?.status !== 'shipped') {
          throw new DomainError(`${command.data.parcel} is not on its way`, 'Only shipped parcels are delivered');
        }
        return { type: 'ParcelDelivered', data: { parcel: command.data.parcel } };
      default: {
        const unhandled: never = command;
        throw new Error(`Unknown command: ${JSON.stringify(unhandled)}`);
      }
    }
  },
};

function positive(quantity: number): void {
  if (!(quantity > 0)) throw new DomainError(`${quantity} is not a positive quantity`, 'Quantities must be positive');
}

// ---- Projections -------------------------------------------------------------

/**
 * Items the customer put in the cart and took out again: the event stream
 * keeps them, a table of current carts would not (Johannes Seitz's example of
 * mining past events for recommendations).
 */
export const removedFromCart: Projection<string[], OrderEvent> = {
  name: 'Removed from cart (for recommendations)',
  canHandle: ['ItemRemoved'],
  initialState: () => [],
  evolve: (names, event) => {
    if (event.type !== 'ItemRemoved') return names;
    return [...names, event.data.sku];
  },
};

/** Where is my parcel? The customer's tracking page. */
export const tracking: Projection<Record<string, string>, OrderEvent> = {
  name: 'Parcel tracking',
  canHandle: ['AwaitingShipment', 'OrderShipped', 'ParcelDelivered'],
  initialState: () => ({}),
  evolve: (parcels, event) => {
    switch (event.type) {
      case 'AwaitingShipment':
        return { ...parcels, [event.data.parcel]: `at dock ${event.data.dock}` };
      case 'OrderShipped':
        return { ...parcels, [event.data.parcel]: `with ${event.data.carrier}, ${event.data.tracking_number}` };
      case 'ParcelDelivered':
        return { ...parcels, [event.data.parcel]: `delivered ${event.metadata?.occurredAt?.slice(0, 10) ?? ''}`.trim() };
      default:
        return parcels;
    }
  },
};

export const projections = [removedFromCart, tracking];
