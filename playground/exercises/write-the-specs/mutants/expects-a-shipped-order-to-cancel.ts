// Wrong: one spec expects a shipped order to be cancelled, which the correct decider rejects.
import type { Mutation } from '../../mutation.ts';

/** solution.ts with these lines replaced: a wrong answer the checks must reject. */
export const mutation: Mutation = [
  {
    replace: [
      "import { DomainError, type Decider, type DeciderScenario } from '#engine';",
    ],
    with: [
      "",
      "import { DomainError, type Decider, type DeciderScenario } from '#engine';",
    ],
  },
  {
    replace: [
      "    when: { type: 'CancelOrder', data: { reason: 'changed my mind' } },",
      "    then: { error: true },",
    ],
    with: [
      "    when: { type: 'CancelOrder', data: { reason: 'changed my mind' } },",
      "    then: [cancelled],",
    ],
  },
];
