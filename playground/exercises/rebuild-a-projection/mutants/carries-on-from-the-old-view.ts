// Wrong: continues from version 1's view and checkpoint instead of replaying everything; "the old version-1 view at checkpoint 4" must catch it.
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
      "  const handled = new Set<string>(conflictDashboard.canHandle);",
    ],
    with: [
      "  const handled = new Set<string>(conflictDashboard.canHandle);",
      "  const start = { ...conflictDashboard.initialState(), ...(old.view as Partial<Dashboard>) };",
    ],
  },
  {
    replace: [
      "  return log",
    ],
    with: [
      "  return log",
      "    .slice(old.checkpoint)",
    ],
  },
  {
    replace: [
      "    .reduce((view, event) => conflictDashboard.evolve(view, event as ConflictEvent), conflictDashboard.initialState());",
    ],
    with: [
      "    .reduce((view, event) => conflictDashboard.evolve(view, event as ConflictEvent), start);",
    ],
  },
];
