// Wrong: OrderShipped stores the carrier where the tracking number belongs; "the order is Shipped with its tracking number" must catch it.
import type { Mutation } from '../../mutation.ts';

/** solution.ts with these lines replaced: a wrong answer the checks must reject. */
export const mutation: Mutation = [
  {
    replace: [
      "        return { ...state, status: 'Shipped', trackingNumber: event.data.tracking_number };",
    ],
    with: [
      "        return { ...state, status: 'Shipped', trackingNumber: event.data.carrier };",
    ],
  },
];
