// Wrong: canHandle leaves out MachineDisabled, so the store never hands it over; "web-01 added, disabled, then found healthy" must catch it.
import type { Mutation } from '../../mutation.ts';

/** solution.ts with these lines replaced: a wrong answer the checks must reject. */
export const mutation: Mutation = [
  {
    replace: [
      "    'MachineDisabled',",
    ],
    with: [],
  },
];
