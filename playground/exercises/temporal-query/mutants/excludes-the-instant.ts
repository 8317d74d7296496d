// Wrong: keeps only events recorded strictly before asOf; "an event recorded at exactly that instant counts" must catch it.
import type { Mutation } from '../../mutation.ts';

/** solution.ts with these lines replaced: a wrong answer the checks must reject. */
export const mutation: Mutation = [
  {
    replace: [
      "    .filter((event) => instant(event.metadata?.recordedAt) <= cutoff)",
    ],
    with: [
      "    .filter((event) => instant(event.metadata?.recordedAt) < cutoff)",
    ],
  },
];
