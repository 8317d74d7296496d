// Wrong: evolve is fixed but decide still turns a retried RemoveItem into a second ItemRemoved; "the retried request sends RemoveItem filters again" must catch it.
import type { Mutation } from '../../mutation.ts';

/** solution.ts with these lines replaced: a wrong answer the checks must reject. */
export const mutation: Mutation = [
  {
    replace: [
      "        return state.items.includes(command.data.sku) ? { type: 'ItemRemoved', data: command.data } : [];",
    ],
    with: [
      "        return { type: 'ItemRemoved', data: command.data };",
    ],
  },
];
