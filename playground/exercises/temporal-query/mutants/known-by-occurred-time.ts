// Wrong: stateAsKnownAt filters on occurredAt, so it knows of the correction before it was recorded; "what the system knew at 2016-03-15" must catch it.
import type { Mutation } from '../../mutation.ts';

/** solution.ts with these lines replaced: a wrong answer the checks must reject. */
export const mutation: Mutation = [
  {
    replace: [
      "    .filter((event) => instant(event.metadata?.recordedAt) <= cutoff)",
    ],
    with: [
      "    .filter((event) => instant(event.metadata?.occurredAt) <= cutoff)",
    ],
  },
];
