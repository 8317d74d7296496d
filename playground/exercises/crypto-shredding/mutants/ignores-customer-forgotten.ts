// Wrong: the live list ignores CustomerForgotten, so it keeps showing the name it copied until someone rebuilds it.
import type { Decider, KeyStore, Projection } from '#engine';

// A Paydirekt-style payment service (the customers and payments are invented).
export type CustomerEvent =
  | { type: 'CustomerRegistered'; data: { customerId: string; name: string | null; email: string | null } }
  | { type: 'PaymentMade'; data: { customerId: string; paymentId: string; amountCents: number } }
  | { type: 'CustomerForgotten'; data: { customerId: string } };

/** The fields that identify a person: stored only encrypted, under the customer's own key. */
const PERSONAL = ['name', 'email'] as const;

/**
 * (1) The event as it is stored: personal fields encrypted under the key of
 * its customer (the subject); everything else, the customer id included, in
 * clear, so streams and projections still work on it.
 */
export function protect(event: CustomerEvent, keys: KeyStore): CustomerEvent {
  if (event.type !== 'CustomerRegistered') return event;
  const data = { ...event.data };
  for (const field of PERSONAL) {
    const value = data[field];
    if (value !== null) data[field] = keys.encrypt(data.customerId, value);
  }
  return { ...event, data };
}

/** (2) The event as readers see it: decrypted, or null where the key is gone. */
export function reveal(event: CustomerEvent, keys: KeyStore): CustomerEvent {
  if (event.type !== 'CustomerRegistered') return event;
  const data = { ...event.data };
  for (const field of PERSONAL) {
    const value = data[field];
    if (value !== null) data[field] = keys.decrypt(data.customerId, value);
  }
  return { ...event, data };
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
  canHandle: ['CustomerRegistered', 'PaymentMade'],
  initialState: () => ({}),
  evolve: (view, event) => {
    const id = event.data.customerId;
    const row = view[id] ?? { name: FORGOTTEN, email: null, paidCents: 0 };
    switch (event.type) {
      case 'CustomerRegistered':
        return { ...view, [id]: { ...row, name: event.data.name ?? FORGOTTEN, email: event.data.email } };
      case 'PaymentMade':
        return { ...view, [id]: { ...row, paidCents: row.paidCents + event.data.amountCents } };
      case 'CustomerForgotten':
        // The view copied the name when it was readable: blank it here too.
        return { ...view, [id]: { ...row, name: FORGOTTEN, email: null } };
    }
  },
};

export const projections = [customers];

export const decider: Decider<Record<string, CustomerRow>, { type: 'Noop'; data: null }, CustomerEvent> = {
  initialState: customers.initialState,
  evolve: customers.evolve,
  decide: () => [],
};
