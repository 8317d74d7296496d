// Wrong: the books "continue" in the stream they close, which is then closed for good.
import type { Mutation } from '../../mutation.ts';

/** solution.ts with these lines replaced: a wrong answer the checks must reject. */
export const mutation: Mutation = [
  {
    replace: [
      "  const next = `${streamName}.${phase}`;",
    ],
    with: [
      "  const next = streamName;",
      "  void phase;",
    ],
  },
];
