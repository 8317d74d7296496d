// Wrong: gives up after MAX_ATTEMPTS + 1 tries (> instead of >=); "a rival gets in before every one of Ana's MAX_ATTEMPTS appends" must catch it.
import type { Mutation } from '../../mutation.ts';

/** solution.ts with these lines replaced: a wrong answer the checks must reject. */
export const mutation: Mutation = [
  {
    replace: [
      "      if (!(error instanceof ExpectedVersionConflictError) || attempt >= MAX_ATTEMPTS) throw error;",
    ],
    with: [
      "      if (!(error instanceof ExpectedVersionConflictError) || attempt > MAX_ATTEMPTS) throw error;",
    ],
  },
];
