// Wrong: appends with the expected version but lets the first conflict reach the caller; "Bo reserves B2 between Ana reading the stream and appending" must catch it.
import type { Mutation } from '../../mutation.ts';

/** solution.ts with these lines replaced: a wrong answer the checks must reject. */
export const mutation: Mutation = [
  {
    replace: [
      "      if (!(error instanceof ExpectedVersionConflictError) || attempt >= MAX_ATTEMPTS) throw error;",
    ],
    with: [
      "      if (!(error instanceof ExpectedVersionConflictError) || attempt >= 1) throw error;",
    ],
  },
];
