// Wrong: the copy loses each event's metadata, so the new stream forgets when things happened.
import type { Mutation } from '../../mutation.ts';

/** solution.ts with these lines replaced: a wrong answer the checks must reject. */
export const mutation: Mutation = [
  {
    replace: [
      "      return { type: event.type, data: transformed, metadata: { ...event.metadata, schemaVersion: 2 } };",
    ],
    with: [
      "      return { type: event.type, data: transformed, metadata: { schemaVersion: 2 } };",
    ],
  },
];
