// Wrong: the e-mails go out but nothing is recorded, so the next run sends them again.
import type { Mutation } from '../../mutation.ts';

/** solution.ts with these lines replaced: a wrong answer the checks must reject. */
export const mutation: Mutation = [
  {
    replace: [
      "    sent.push({ type: 'ConflictNotificationEmailSent', data: { conflict } });",
    ],
    with: [],
  },
];
