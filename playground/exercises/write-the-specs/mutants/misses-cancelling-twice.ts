// Wrong: no spec cancels twice, so a decider that records OrderCancelled again passes.
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
      "  },",
      "  {",
      "    title: 'cancelling twice records nothing new',",
      "    given: [placed, cancelled],",
      "    when: { type: 'CancelOrder', data: { reason: 'changed my mind' } },",
      "    then: [],",
    ],
    with: [],
  },
];
