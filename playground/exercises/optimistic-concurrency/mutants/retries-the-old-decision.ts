// Wrong: on a conflict it reads the new version but appends the events it decided the first time, without deciding again; "Bo takes A7 between Ana reading the stream and appending" must catch it.
import type { Mutation } from '../../mutation.ts';

/** solution.ts with these lines replaced: a wrong answer the checks must reject. */
export const mutation: Mutation = [
  {
    replace: [
      "export function reserveSeat(store: EventStore, streamName: string, command: SeatingCommand): SeatingEvent[] {",
    ],
    with: [
      "export function reserveSeat(store: EventStore, streamName: string, command: SeatingCommand): SeatingEvent[] {",
      "  const first = store.readStream<SeatingEvent>(streamName);",
      "  const decided = [decider.decide(command, first.events.reduce(decider.evolve, decider.initialState()))].flat();",
    ],
  },
  {
    replace: [
      "    const { events, currentStreamVersion } = store.readStream<SeatingEvent>(streamName);",
      "    const state = events.reduce(decider.evolve, decider.initialState());",
      "    // decide is pure, so deciding again on the newer state is safe: it may now reject.",
      "    const decided = [decider.decide(command, state)].flat();",
    ],
    with: [
      "    // Only the version is read again; the decision is reused as it was.",
      "    const currentStreamVersion = attempt === 1 ? first.currentStreamVersion : store.streamVersion(streamName);",
    ],
  },
];
