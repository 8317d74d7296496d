// Wrong: replays the whole log, but on top of version 1's view instead of an empty one (its stale entries happen to be removed again here); "an empty log ... the dashboard is empty" must catch it.
import type { Mutation } from '../../mutation.ts';

/** solution.ts with these lines replaced: a wrong answer the checks must reject. */
export const mutation: Mutation = [
  {
    replace: [
      "  void old;",
    ],
    with: [],
  },
  {
    replace: [
      "    .reduce((view, event) => conflictDashboard.evolve(view, event as ConflictEvent), conflictDashboard.initialState());",
    ],
    with: [
      "    .reduce((view, event) => conflictDashboard.evolve(view, event as ConflictEvent), {",
      "      ...conflictDashboard.initialState(),",
      "      ...(old.view as Partial<Dashboard>),",
      "    });",
    ],
  },
];
