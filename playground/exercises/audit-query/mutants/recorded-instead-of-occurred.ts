// Wrong: dates each row with metadata.recordedAt instead of when the change occurred; "the registration and one move" must catch it.
import type { Mutation } from '../../mutation.ts';

/** solution.ts with these lines replaced: a wrong answer the checks must reject. */
export const mutation: Mutation = [
  {
    replace: [
      "        at: event.metadata?.occurredAt ?? null,",
    ],
    with: [
      "        at: event.metadata?.recordedAt ?? null,",
    ],
  },
];
