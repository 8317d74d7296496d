// Wrong: a redelivered record is settled again, so a customer is refused the seat they already hold.
import { DomainError, type Decider, type EventStore } from '#engine';

// Seats for a show, kept two ways: in an event store, and on a Kafka-style topic (the data is invented).
export type SeatEvent = { type: 'SeatReserved'; data: { seat: string; customer: string } };
export type SeatCommand = { type: 'ReserveSeat'; data: { seat: string; customer: string } };
export type Compensation = { type: 'ReservationRejected'; data: { seat: string; customer: string; offset: number } };

/** A record as a consumer reads it from one partition: its offset, its key, its value. */
export interface TopicRecord {
  offset: number;
  key: string;
  value: SeatEvent;
}

export interface Seats {
  reserved: Record<string, string>;
}

export const decider: Decider<Seats, SeatCommand, SeatEvent> = {
  initialState: () => ({ reserved: {} }),
  evolve: (state, event) => ({ reserved: { ...state.reserved, [event.data.seat]: event.data.customer } }),
  decide: (command, state) => {
    if (state.reserved[command.data.seat] !== undefined) throw new DomainError(`Seat ${command.data.seat} is taken`);
    return { type: 'SeatReserved', data: command.data };
  },
};

/**
 * (1) Event sourcing: the store checks the stream's version in the append,
 * so a rival who wrote first makes this append fail *before* a seat is sold
 * twice (the caller reads again, decides again).
 */
export function reserveInStore(store: EventStore, streamName: string, command: SeatCommand): SeatEvent[] {
  const { events, currentStreamVersion } = store.readStream<SeatEvent>(streamName);
  const decided = [decider.decide(command, events.reduce(decider.evolve, decider.initialState()))].flat();
  store.appendToStream(streamName, decided, { expectedStreamVersion: currentStreamVersion });
  return decided;
}

/**
 * (2) Event streaming: a topic takes every record, with no expected
 * version, so two SeatReserved for one seat can both be on it. A consumer
 * settles afterwards: in offset order the first wins, each later one gets a
 * compensation. Redelivered records (same offset) count once.
 */
export function settle(records: TopicRecord[]): { seats: Record<string, string>; compensations: Compensation[] } {
  const seats: Record<string, string> = {};
  const compensations: Compensation[] = [];
  const seen = new Set<number>();
  for (const { offset, value } of [...records].sort((a, b) => a.offset - b.offset)) {
    seen.add(offset);
    const { seat, customer } = value.data;
    if (seats[seat] === undefined) seats[seat] = customer;
    else compensations.push({ type: 'ReservationRejected', data: { seat, customer, offset } });
  }
  return { seats, compensations };
}
