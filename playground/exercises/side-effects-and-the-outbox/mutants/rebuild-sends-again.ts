// Wrong: the dashboard still e-mails as it folds, so every rebuild e-mails every author again.
import type { Mutation } from '../../mutation.ts';

/** solution.ts with these lines replaced: a wrong answer the checks must reject. */
export const mutation: Mutation = [
  {
    replace: [
      "  void mailer; // a projection has no business with the mailer",
    ],
    with: [],
  },
  {
    replace: [
      "  return log.filter((event) => handled.has(event.type)).reduce(dashboard.evolve, dashboard.initialState());",
    ],
    with: [
      "  return log.filter((event) => handled.has(event.type)).reduce((view, event) => {",
      "    if (event.type === 'ConflictDetected') mailer.send({ to: event.data.authorEmail, conflict: event.data.conflict });",
      "    return dashboard.evolve(view, event);",
      "  }, dashboard.initialState());",
    ],
  },
];
