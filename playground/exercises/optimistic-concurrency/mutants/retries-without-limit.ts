// Wrong: retries every conflict, with no limit; "a rival gets in before every one of Ana's MAX_ATTEMPTS appends" must catch it.
import type { Mutation } from '../../mutation.ts';

/** solution.ts with these lines replaced: a wrong answer the checks must reject. */
export const mutation: Mutation = [
  {
    replace: [
      "      if (!(error instanceof ExpectedVersionConflictError) || attempt >= MAX_ATTEMPTS) throw error;",
    ],
    with: [
      "      // Keep trying until the append goes through, however long the queue of rivals.",
      "      if (!(error instanceof ExpectedVersionConflictError)) throw error;",
      "      void attempt;",
    ],
  },
];
