// Wrong: AwaitingShipment changes the status but not the dock; "the order awaits shipment at dock D4" must catch it.
import type { Mutation } from '../../mutation.ts';

/** solution.ts with these lines replaced: a wrong answer the checks must reject. */
export const mutation: Mutation = [
  {
    replace: [
      "        return { ...state, status: 'AwaitingShipment', dock: event.data.dock };",
    ],
    with: [
      "        return { ...state, status: 'AwaitingShipment' };",
    ],
  },
];
