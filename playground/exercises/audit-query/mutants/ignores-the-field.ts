// Wrong: returns every row whatever field is asked for; "asking who changed the IBAN" must catch it.
import type { Mutation } from '../../mutation.ts';

/** solution.ts with these lines replaced: a wrong answer the checks must reject. */
export const mutation: Mutation = [
  {
    replace: [
      "  return field === undefined ? rows : rows.filter((row) => row.field === field);",
    ],
    with: [
      "  void field;",
      "  return rows;",
    ],
  },
];
