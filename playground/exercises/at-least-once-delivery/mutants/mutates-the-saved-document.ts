// Wrong: the saved document is changed in place, so a failed save leaves a half-applied view behind.
import type { Mutation } from '../../mutation.ts';

/** solution.ts with these lines replaced: a wrong answer the checks must reject. */
export const mutation: Mutation = [
  {
    replace: [
      "  let { checkpoint, view } = stored;",
    ],
    with: [],
  },
  {
    replace: [
      "    if (event.metadata.globalPosition <= checkpoint) continue; // seen: applying it again would count twice",
      "    view = evolve(view, event);",
      "    checkpoint = event.metadata.globalPosition;",
    ],
    with: [
      "    if (event.metadata.globalPosition <= stored.checkpoint) continue;",
      "    const id = event.data.message;",
      "    stored.view.likes[id] = event.type === 'MessagePosted' ? 0 : (stored.view.likes[id] ?? 0) + 1;",
      "    stored.checkpoint = event.metadata.globalPosition;",
    ],
  },
  {
    replace: [
      "  return { checkpoint, view };",
    ],
    with: [
      "  return stored;",
    ],
  },
];
