import {
  createInMemoryEventStore,
  type AggregateStreamOptions,
  type Event,
  type EventStore,
  type ReadOptions,
} from '#engine';
import { exportedFunction, type ExerciseCheck, type LearnerModule } from '../kit.ts';

const STREAM = 'Show-2016-10-08';
const reserved = (seat: string, customer: string): Event => ({ type: 'SeatReserved', data: { seat, customer } });
const reserve = (seat: string, customer: string) => ({ type: 'ReserveSeat', data: { seat, customer } });

export const sample: Event[] = [reserved('B2', 'Bo'), reserved('A7', 'Ana')];

interface Races {
  /** One rival event lands inside each of the learner's first appends, just before theirs is written. */
  beforeAppend?: Event[];
  /** One rival event lands right after the learner's first read of the stream, before it decides. */
  afterFirstRead?: Event;
}

/**
 * A store where other buyers get in first, as if another request had been
 * a little faster. A rival after the first read catches a handler that
 * re-reads the version just before appending: it would append on a version
 * it never decided on.
 */
function racingStore(inner: EventStore, races: Races): EventStore {
  const beforeAppend = [...(races.beforeAppend ?? [])];
  let afterRead = races.afterFirstRead;
  const rivalAfterRead = (streamName: string): void => {
    if (afterRead) inner.appendToStream(streamName, [afterRead]);
    afterRead = undefined;
  };
  return {
    ...inner,
    readStream<E extends Event = Event>(streamName: string, options?: ReadOptions) {
      const result = inner.readStream<E>(streamName, options);
      rivalAfterRead(streamName);
      return result;
    },
    aggregateStream<State, E extends Event = Event>(streamName: string, options: AggregateStreamOptions<State, E>) {
      const result = inner.aggregateStream<State, E>(streamName, options);
      rivalAfterRead(streamName);
      return result;
    },
    appendToStream(streamName, events, options) {
      const rival = beforeAppend.shift();
      if (rival) inner.appendToStream(streamName, [rival]);
      return inner.appendToStream(streamName, events, options);
    },
  };
}

type ReserveSeat = (store: EventStore, streamName: string, command: ReturnType<typeof reserve>) => unknown;

/** What the stream holds after the learner's reserveSeat, and how the call ended. */
function attempt(learner: LearnerModule, given: Event[], races: Races, command: ReturnType<typeof reserve>) {
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

/** The learner's MAX_ATTEMPTS, which must be a small whole number: the checks send that many rivals. */
function maxAttempts(learner: LearnerModule): number {
  const value = learner.MAX_ATTEMPTS;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 20) {
    throw new TypeError(`MAX_ATTEMPTS must be exported as a whole number from 1 to 20 (it is ${String(value)}).`);
  }
  return value;
}

/** A different seat for each rival, so every retry could succeed if the rivals stopped. */
const rivals = (count: number): Event[] => Array.from({ length: count }, (_, i) => reserved(`D${i + 1}`, 'Cy'));

export const checks: ExerciseCheck[] = [
  {
    given: 'nobody else is buying',
    when: 'Ana reserves A7',
    then: 'A7 is reserved for Ana',
    run: (learner) => ({
      expected: { outcome: 'reserved', stream: [reserved('A7', 'Ana')] },
      actual: attempt(learner, [], {}, reserve('A7', 'Ana')),
    }),
  },
  {
    given: 'Bo reserves B2 between Ana reading the stream and appending',
    when: 'Ana reserves A7',
    then: 'Ana retries and gets A7; both reservations are kept',
    run: (learner) => ({
      expected: { outcome: 'reserved', stream: [reserved('B2', 'Bo'), reserved('A7', 'Ana')] },
      actual: attempt(learner, [], { beforeAppend: [reserved('B2', 'Bo')] }, reserve('A7', 'Ana')),
    }),
  },
  {
    given: 'Bo takes A7 between Ana reading the stream and appending',
    when: 'Ana reserves A7',
    then: 'Ana is rejected with a DomainError and A7 is sold once, to Bo',
    run: (learner) => ({
      expected: { outcome: 'DomainError', stream: [reserved('A7', 'Bo')] },
      actual: attempt(learner, [], { beforeAppend: [reserved('A7', 'Bo')] }, reserve('A7', 'Ana')),
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
      actual: attempt(
        learner,
        [reserved('C1', 'Cy')],
        { beforeAppend: [reserved('B2', 'Bo'), reserved('B3', 'Bo')] },
        reserve('A7', 'Ana'),
      ),
    }),
  },
  {
    given: 'Bo takes A7 right after Ana reads the hall, before she decides',
    when: 'Ana reserves A7',
    then: 'she is rejected with a DomainError: the append must carry the version she decided on, not one read later',
    run: (learner) => ({
      expected: { outcome: 'DomainError', stream: [reserved('A7', 'Bo')] },
      actual: attempt(learner, [], { afterFirstRead: reserved('A7', 'Bo') }, reserve('A7', 'Ana')),
    }),
  },
  {
    given: 'a rival gets in before every one of Ana\'s MAX_ATTEMPTS appends',
    when: 'Ana reserves A7',
    then: 'she gives up with the ExpectedVersionConflictError, after exactly MAX_ATTEMPTS tries',
    run: (learner) => {
      const limit = maxAttempts(learner);
      return {
        expected: { outcome: 'ExpectedVersionConflictError', stream: rivals(limit) },
        actual: attempt(learner, [], { beforeAppend: rivals(limit) }, reserve('A7', 'Ana')),
      };
    },
  },
];
