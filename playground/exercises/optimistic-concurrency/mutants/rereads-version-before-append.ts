// Wrong: asks the store for the version again just before appending instead of using the one it decided on; "Bo takes A7 right after Ana reads the hall" must catch it.
import type { Mutation } from '../../mutation.ts';

/** solution.ts with these lines replaced: a wrong answer the checks must reject. */
export const mutation: Mutation = [
  {
    replace: [
      "      store.appendToStream(streamName, decided, { expectedStreamVersion: currentStreamVersion });",
    ],
    with: [
      "      void currentStreamVersion;",
      "      // The newest version, read just before writing: but the decision was made on an older one.",
      "      store.appendToStream(streamName, decided, { expectedStreamVersion: store.streamVersion(streamName) });",
    ],
  },
];
