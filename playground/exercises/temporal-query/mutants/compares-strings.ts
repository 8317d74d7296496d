// Wrong: compares the ISO texts instead of instants, so 12:00+01:00 counts as later than 11:30Z; "how things stood at 2016-02-01T11:30:00Z" must catch it.
import type { Mutation } from '../../mutation.ts';

/** solution.ts with these lines replaced: a wrong answer the checks must reject. */
export const mutation: Mutation = [
  {
    replace: [
      "/** An instant from an ISO 8601 date-time: '12:00+01:00' is 11:00 UTC, whatever the text says. */",
      "const instant = (isoDateTime: string | undefined): number => Date.parse(isoDateTime ?? '');",
    ],
    with: [
      "/** The ISO 8601 text itself, compared letter by letter. */",
      "const instant = (isoDateTime: string | undefined): string => isoDateTime ?? '';",
    ],
  },
  {
    replace: [
      "    .sort((a, b) => instant(a.metadata?.occurredAt) - instant(b.metadata?.occurredAt))",
    ],
    with: [
      "    .sort((a, b) => instant(a.metadata?.occurredAt).localeCompare(instant(b.metadata?.occurredAt)))",
    ],
  },
];
