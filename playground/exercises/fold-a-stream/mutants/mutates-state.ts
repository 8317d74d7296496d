// Wrong: evolve assigns to the state it was given and returns it (not pure); the checks freeze every state, so "OrderPlaced ... the order is Placed with its items" must catch it.
import type { Mutation } from '../../mutation.ts';

/** solution.ts with these lines replaced: a wrong answer the checks must reject. */
export const mutation: Mutation = [
  {
    replace: [
      "        return { ...state, status: 'Placed', items: event.data.items };",
    ],
    with: [
      "        state.status = 'Placed';",
      "        state.items = event.data.items;",
      "        return state;",
    ],
  },
  {
    replace: [
      "        return { ...state, status: 'AwaitingShipment', dock: event.data.dock };",
    ],
    with: [
      "        state.status = 'AwaitingShipment';",
      "        state.dock = event.data.dock;",
      "        return state;",
    ],
  },
  {
    replace: [
      "        return { ...state, status: 'Shipped', trackingNumber: event.data.tracking_number };",
    ],
    with: [
      "        state.status = 'Shipped';",
      "        state.trackingNumber = event.data.tracking_number;",
      "        return state;",
    ],
  },
];
