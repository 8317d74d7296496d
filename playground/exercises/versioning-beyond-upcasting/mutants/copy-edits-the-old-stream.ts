// Wrong: the copy rewrites the old events in place instead of writing new ones.
import type { Mutation } from '../../mutation.ts';

/** solution.ts with these lines replaced: a wrong answer the checks must reject. */
export const mutation: Mutation = [
  {
    replace: [
      "      return { type: event.type, data: transformed, metadata: { ...event.metadata, schemaVersion: 2 } };",
    ],
    with: [
      "      Object.assign(event, { data: transformed, metadata: { ...event.metadata, schemaVersion: 2 } });",
      "      return event;",
    ],
  },
];
