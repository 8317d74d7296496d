// Wrong: nothing is encrypted, so the name and e-mail sit in the event store for ever.
import type { Mutation } from '../../mutation.ts';

/** solution.ts with these lines replaced: a wrong answer the checks must reject. */
export const mutation: Mutation = [
  {
    replace: [
      "    if (value !== null) data[field] = keys.encrypt(data.customerId, value);",
    ],
    with: [
      "    void value;",
    ],
  },
];
