// Wrong: OrderShipped builds a fresh state instead of copying the old one, so the items and dock are lost; "the order is Shipped with its tracking number" must catch it.
import type { Mutation } from '../../mutation.ts';

/** solution.ts with these lines replaced: a wrong answer the checks must reject. */
export const mutation: Mutation = [
  {
    replace: [
      "        return { ...state, status: 'Shipped', trackingNumber: event.data.tracking_number };",
    ],
    with: [
      "        return { status: 'Shipped', items: [], dock: null, trackingNumber: event.data.tracking_number };",
    ],
  },
];
