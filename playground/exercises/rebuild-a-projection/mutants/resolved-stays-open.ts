// Wrong: a manual resolution is counted but the conflict stays open; "c3 is open, two conflicts were resolved automatically and one manually" must catch it.
import type { Mutation } from '../../mutation.ts';

/** solution.ts with these lines replaced: a wrong answer the checks must reject. */
export const mutation: Mutation = [
  {
    replace: [
      "      case 'ConflictManuallyResolved':",
      "        return {",
      "          ...view,",
      "          open: view.open.filter((id) => id !== conflict),",
    ],
    with: [
      "      case 'ConflictManuallyResolved':",
      "        return {",
      "          ...view,",
    ],
  },
];
