// Wrong: stateAsOccurredBy filters on occurredAt but folds in recorded order, so the late correction wins; "how things stood at 2016-03-01" must catch it.
import type { Mutation } from '../../mutation.ts';

/** solution.ts with these lines replaced: a wrong answer the checks must reject. */
export const mutation: Mutation = [
  {
    replace: [
      "    // sort is stable: events that occurred at the same instant keep their recorded order.",
      "    .sort((a, b) => instant(a.metadata?.occurredAt) - instant(b.metadata?.occurredAt))",
    ],
    with: [],
  },
];
