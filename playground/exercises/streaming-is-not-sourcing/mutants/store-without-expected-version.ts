// Wrong: the store append checks no version, so it sells a seat twice, exactly like the topic.
import type { Mutation } from '../../mutation.ts';

/** solution.ts with these lines replaced: a wrong answer the checks must reject. */
export const mutation: Mutation = [
  {
    replace: [
      "  store.appendToStream(streamName, decided, { expectedStreamVersion: currentStreamVersion });",
    ],
    with: [
      "  void currentStreamVersion;",
      "  store.appendToStream(streamName, decided);",
    ],
  },
];
