// Wrong: once the key is gone, readers get the ciphertext instead of null, and the list shows it as a name.
import type { Mutation } from '../../mutation.ts';

/** solution.ts with these lines replaced: a wrong answer the checks must reject. */
export const mutation: Mutation = [
  {
    replace: [
      "    if (value !== null) data[field] = keys.decrypt(data.customerId, value);",
    ],
    with: [
      "    if (value !== null) data[field] = keys.decrypt(data.customerId, value) ?? value;",
    ],
  },
];
