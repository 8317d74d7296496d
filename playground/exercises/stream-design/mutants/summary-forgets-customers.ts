// Wrong: the opening summary lists the sold seats without their customers, so the limit starts from zero in the new stream.
import type { Mutation } from '../../mutation.ts';

/** solution.ts with these lines replaced: a wrong answer the checks must reject. */
export const mutation: Mutation = [
  {
    replace: [
      "    opening: { type: 'SectionBooksOpened', data: { continuedFrom: streamName, reserved: state.reserved } },",
    ],
    with: [
      "    opening: { type: 'SectionBooksOpened', data: { continuedFrom: streamName, reserved: Object.fromEntries(Object.keys(state.reserved).map((seat) => [seat, 'sold'])) } },",
    ],
  },
];
