// Wrong: takes "from" from the previous row, whatever field it was about; "three rows, each with the old and new IBAN" must catch it.
import type { Mutation } from '../../mutation.ts';

/** solution.ts with these lines replaced: a wrong answer the checks must reject. */
export const mutation: Mutation = [
  {
    replace: [
      "        from: before[changed],",
    ],
    with: [
      "        from: rows.at(-1)?.to ?? null,",
    ],
  },
];
