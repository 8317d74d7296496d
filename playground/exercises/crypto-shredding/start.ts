import type { Decider, KeyStore, Projection } from '#engine';

// A Paydirekt-style payment service (the customers and payments are invented).
export type CustomerEvent =
  | { type: 'CustomerRegistered'; data: { customerId: string; name: string | null; email: string | null } }
  | { type: 'PaymentMade'; data: { customerId: string; paymentId: string; amountCents: number } }
  | { type: 'CustomerForgotten'; data: { customerId: string } };

/**
 * (1) The event as it is stored: personal fields encrypted under the key of
 * its customer (the subject); everything else, the customer id included, in
 * clear, so streams and projections still work on it.
 */
export function protect(event: CustomerEvent, keys: KeyStore): CustomerEvent {
  // TODO (1): encrypt name and email of a CustomerRegistered with keys.encrypt(customerId, text).
  void keys;
  return event;
}

/** (2) The event as readers see it: decrypted, or null where the key is gone. */
export function reveal(event: CustomerEvent, keys: KeyStore): CustomerEvent {
  // TODO (2): decrypt them with keys.decrypt(customerId, text), which gives null once the key is gone.
  void keys;
  return event;
}

export interface CustomerRow {
  name: string;
  email: string | null;
  paidCents: number;
}

export const FORGOTTEN = 'Forgotten customer';

/** (3) The customer list: after forgetting, by replay or live, it shows no personal data. */
export const customers: Projection<Record<string, CustomerRow>, CustomerEvent> = {
  name: 'customers',
  canHandle: ['CustomerRegistered', 'PaymentMade', 'CustomerForgotten'],
  initialState: () => ({}),
  evolve: (view, event) => {
    const id = event.data.customerId;
    const row = view[id] ?? { name: FORGOTTEN, email: null, paidCents: 0 };
    switch (event.type) {
      case 'CustomerRegistered':
        return { ...view, [id]: { ...row, name: event.data.name ?? FORGOTTEN, email: event.data.email } };
      case 'PaymentMade':
        return { ...view, [id]: { ...row, paidCents: row.paidCents + event.data.amountCents } };
      // TODO (3): CustomerForgotten: the view copied the name when it was readable.
      default:
        return view;
    }
  },
};

export const projections = [customers];

export const decider: Decider<Record<string, CustomerRow>, { type: 'Noop'; data: null }, CustomerEvent> = {
  initialState: customers.initialState,
  evolve: customers.evolve,
  decide: () => [],
};
