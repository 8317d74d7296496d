// Wrong: every customer's data is encrypted under one shared key, so deleting one customer's key erases nobody.
import type { Mutation } from '../../mutation.ts';

/** solution.ts with these lines replaced: a wrong answer the checks must reject. */
export const mutation: Mutation = [
  {
    replace: [
      "    if (value !== null) data[field] = keys.encrypt(data.customerId, value);",
    ],
    with: [
      "    if (value !== null) data[field] = keys.encrypt('all-customers', value);",
    ],
  },
  {
    replace: [
      "    if (value !== null) data[field] = keys.decrypt(data.customerId, value);",
    ],
    with: [
      "    if (value !== null) data[field] = keys.decrypt('all-customers', value);",
    ],
  },
];
