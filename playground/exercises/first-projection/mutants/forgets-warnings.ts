// Wrong: only a healthy machine counts as available, not one found with warnings; "db-01 added and found with warnings" must catch it.
import type { Mutation } from '../../mutation.ts';

/** solution.ts with these lines replaced: a wrong answer the checks must reject. */
export const mutation: Mutation = [
  {
    replace: [
      "  status.enabled && (status.health === 'healthy' || status.health === 'warnings');",
    ],
    with: [
      "  status.enabled && status.health === 'healthy';",
    ],
  },
];
