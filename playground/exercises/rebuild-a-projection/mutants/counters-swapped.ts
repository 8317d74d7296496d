// Wrong: counts an automatic resolution as manual and the other way round; "c3 is open, two conflicts were resolved automatically and one manually" must catch it.
import type { Mutation } from '../../mutation.ts';

/** solution.ts with these lines replaced: a wrong answer the checks must reject. */
export const mutation: Mutation = [
  {
    replace: [
      "          resolvedAutomatically: view.resolvedAutomatically + 1,",
    ],
    with: [
      "          resolvedManually: view.resolvedManually + 1,",
    ],
  },
  {
    replace: [
      "          resolvedManually: view.resolvedManually + 1,",
    ],
    with: [
      "          resolvedAutomatically: view.resolvedAutomatically + 1,",
    ],
  },
];
