import { createInMemoryEventStore, deepFreeze, type Event, type EventStore } from '#engine';
import { exportedFunction, type ExerciseCheck, type LearnerModule } from '../kit.ts';

const STREAM = 'Show-S1';
const reserved = (seat: string, customer: string): Event => ({ type: 'SeatReserved', data: { seat, customer } });
const reserve = (seat: string, customer: string) => ({ type: 'ReserveSeat', data: { seat, customer } });
const record = (offset: number, seat: string, customer: string) => ({ offset, key: STREAM, value: reserved(seat, customer) });
const rejected = (seat: string, customer: string, offset: number) => ({ type: 'ReservationRejected', data: { seat, customer, offset } });

export const sample: Event[] = [reserved('A7', 'ana'), reserved('B2', 'bo')];

type ReserveInStore = (store: EventStore, streamName: string, command: ReturnType<typeof reserve>) => unknown;
type Settle = (records: ReturnType<typeof record>[]) => unknown;

/**
 * Ana reads the stream, then a rival's event lands before her append (the
 * store wrapper plays the rival), as two on-sale requests would.
 */
function race(learner: LearnerModule, rival: Event | null, command: ReturnType<typeof reserve>) {
  const inner = createInMemoryEventStore();
  const store: EventStore = {
    ...inner,
    appendToStream(streamName, events, options) {
      if (rival) inner.appendToStream(streamName, [rival]);
      return inner.appendToStream(streamName, events, options);
    },
  };
  let outcome = 'reserved';
  try {
    exportedFunction<ReserveInStore>(learner, 'reserveInStore')(store, STREAM, command);
  } catch (error) {
    outcome = error instanceof Error ? error.name : 'threw';
  }
  return { outcome, stream: inner.readStream(STREAM).events.map(({ type, data }) => ({ type, data })) };
}

const settle = (learner: LearnerModule, records: ReturnType<typeof record>[]) =>
  exportedFunction<Settle>(learner, 'settle')(deepFreeze(structuredClone(records)));

const topic = [record(0, 'A7', 'ana'), record(1, 'B2', 'bo'), record(2, 'A7', 'cy')];

export const checks: ExerciseCheck[] = [
  {
    given: 'an event store, and nobody else buying',
    when: 'Ana reserves A7',
    then: 'A7 is hers',
    run: (learner) => ({ expected: { outcome: 'reserved', stream: [reserved('A7', 'ana')] }, actual: race(learner, null, reserve('A7', 'ana')) }),
  },
  {
    given: 'an event store, and Cy reserving A7 between Ana’s read and her append',
    when: 'Ana reserves A7',
    then: 'her append fails with ExpectedVersionConflictError and A7 is sold once',
    run: (learner) => ({
      expected: { outcome: 'ExpectedVersionConflictError', stream: [reserved('A7', 'cy')] },
      actual: race(learner, reserved('A7', 'cy'), reserve('A7', 'ana')),
    }),
  },
  {
    given: 'a topic holding SeatReserved A7 for Ana (offset 0), B2 for Bo, and A7 for Cy (offset 2)',
    when: 'a consumer settles it',
    then: 'A7 stays Ana’s and Cy gets a ReservationRejected',
    run: (learner) => ({
      expected: { seats: { A7: 'ana', B2: 'bo' }, compensations: [rejected('A7', 'cy', 2)] },
      actual: settle(learner, topic),
    }),
  },
  {
    given: 'the consumer restarted, so offsets 0–2 come again after the first delivery',
    when: 'it settles everything it received',
    then: 'the result is the same as from one delivery',
    run: (learner) => ({
      expected: { seats: { A7: 'ana', B2: 'bo' }, compensations: [rejected('A7', 'cy', 2)] },
      actual: settle(learner, [...topic, ...topic]),
    }),
  },
];
