import { createInMemoryEventStore, type Event, type EventStore } from '#engine';
import { exportedFunction, type ExerciseCheck, type LearnerModule } from '../kit.ts';

const STREAM = 'Show-2016-10-08';
const reserved = (seat: string, customer: string): Event => ({ type: 'SeatReserved', data: { seat, customer } });
const reserve = (seat: string, customer: string) => ({ type: 'ReserveSeat', data: { seat, customer } });

export const sample: Event[] = [reserved('B2', 'Bo'), reserved('A7', 'Ana')];

/**
 * A store where other buyers get in first: before each of the learner's
 * first `races.length` appends, one rival event lands on the stream, as if
 * another request had been a little faster.
 */
function racingStore(inner: EventStore, races: Event[]): EventStore {
  const pending = [...races];
  return {
    ...inner,
    appendToStream(streamName, events, options) {
      const rival = pending.shift();
      if (rival) inner.appendToStream(streamName, [rival]);
      return inner.appendToStream(streamName, events, options);
    },
  };
}

type ReserveSeat = (store: EventStore, streamName: string, command: ReturnType<typeof reserve>) => unknown;

/** What the stream holds after the learner's reserveSeat, and how the call ended. */
function attempt(learner: LearnerModule, given: Event[], races: Event[], command: ReturnType<typeof reserve>) {
  const inner = createInMemoryEventStore();
  if (given.length > 0) inner.appendToStream(STREAM, given);
  const store = racingStore(inner, races);
  let outcome: string;
  try {
    exportedFunction<ReserveSeat>(learner, 'reserveSeat')(store, STREAM, command);
    outcome = 'reserved';
  } catch (error) {
    outcome = error instanceof Error ? error.name : 'threw';
  }
  const stream = inner.readStream(STREAM).events.map(({ type, data }) => ({ type, data }));
  return { outcome, stream };
}

export const checks: ExerciseCheck[] = [
  {
    given: 'nobody else is buying',
    when: 'Ana reserves A7',
    then: 'A7 is reserved for Ana',
    run: (learner) => ({
      expected: { outcome: 'reserved', stream: [reserved('A7', 'Ana')] },
      actual: attempt(learner, [], [], reserve('A7', 'Ana')),
    }),
  },
  {
    given: 'Bo reserves B2 between Ana reading the stream and appending',
    when: 'Ana reserves A7',
    then: 'Ana retries and gets A7; both reservations are kept',
    run: (learner) => ({
      expected: { outcome: 'reserved', stream: [reserved('B2', 'Bo'), reserved('A7', 'Ana')] },
      actual: attempt(learner, [], [reserved('B2', 'Bo')], reserve('A7', 'Ana')),
    }),
  },
  {
    given: 'Bo takes A7 between Ana reading the stream and appending',
    when: 'Ana reserves A7',
    then: 'Ana is rejected with a DomainError and A7 is sold once, to Bo',
    run: (learner) => ({
      expected: { outcome: 'DomainError', stream: [reserved('A7', 'Bo')] },
      actual: attempt(learner, [], [reserved('A7', 'Bo')], reserve('A7', 'Ana')),
    }),
  },
  {
    given: 'C1 is sold and two rivals get in before Ana twice in a row',
    when: 'Ana reserves A7',
    then: 'her third attempt succeeds',
    run: (learner) => ({
      expected: {
        outcome: 'reserved',
        stream: [reserved('C1', 'Cy'), reserved('B2', 'Bo'), reserved('B3', 'Bo'), reserved('A7', 'Ana')],
      },
      actual: attempt(learner, [reserved('C1', 'Cy')], [reserved('B2', 'Bo'), reserved('B3', 'Bo')], reserve('A7', 'Ana')),
    }),
  },
];
