// Wrong: an expired conflict stays on the to-do list, so the automation issues its command again and again.
import type { Mutation } from '../../mutation.ts';

/** solution.ts with these lines replaced: a wrong answer the checks must reject. */
export const mutation: Mutation = [
  {
    replace: [
      "  canHandle: ['ConflictDetected', 'ConflictAutomaticallyResolved', 'ConflictManuallyResolved', 'ConflictGracePeriodExpired'],",
    ],
    with: [
      "  canHandle: ['ConflictDetected', 'ConflictAutomaticallyResolved', 'ConflictManuallyResolved'],",
    ],
  },
];
