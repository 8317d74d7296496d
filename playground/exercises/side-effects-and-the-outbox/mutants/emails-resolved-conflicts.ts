// Wrong: authors are told about conflicts that were resolved before the notifier ran.
import type { Mutation } from '../../mutation.ts';

/** solution.ts with these lines replaced: a wrong answer the checks must reject. */
export const mutation: Mutation = [
  {
    replace: [
      "    else pending.delete(event.data.conflict); // sent already, or resolved before anyone was told",
    ],
    with: [
      "    else if (event.type === 'ConflictNotificationEmailSent') pending.delete(event.data.conflict);",
    ],
  },
];
