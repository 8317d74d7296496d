// Wrong: on a conflict it reads the new version but appends the events it decided the first time, without deciding again; "Bo takes A7 between Ana reading the stream and appending" must catch it.
import { DomainError, ExpectedVersionConflictError, type Decider, type EventStore } from '#engine';

// Ticketfly on-sale: thousands of buyers hit the same show at once.
export type SeatingEvent = { type: 'SeatReserved'; data: { seat: string; customer: string } };
export type SeatingCommand = { type: 'ReserveSeat'; data: { seat: string; customer: string } };

export interface Seating {
  reserved: Record<string, string>;
}

export const decider: Decider<Seating, SeatingCommand, SeatingEvent> = {
  initialState: () => ({ reserved: {} }),
  evolve: (state, event) => ({ reserved: { ...state.reserved, [event.data.seat]: event.data.customer } }),
  decide: (command, state) => {
    if (state.reserved[command.data.seat] !== undefined) {
      throw new DomainError(`Seat ${command.data.seat} is already reserved`, 'a seat is sold once');
    }
    return { type: 'SeatReserved', data: command.data };
  },
};

/** How many times to read, decide and append before giving up. */
export const MAX_ATTEMPTS = 3;

/**
 * Handles one ReserveSeat command against the store and returns the events
 * it appended. Throws the DomainError when the command is rejected.
 */
export function reserveSeat(store: EventStore, streamName: string, command: SeatingCommand): SeatingEvent[] {
  const first = store.readStream<SeatingEvent>(streamName);
  const decided = [decider.decide(command, first.events.reduce(decider.evolve, decider.initialState()))].flat();
  for (let attempt = 1; ; attempt++) {
    // Only the version is read again; the decision is reused as it was.
    const currentStreamVersion = attempt === 1 ? first.currentStreamVersion : store.streamVersion(streamName);
    try {
      store.appendToStream(streamName, decided, { expectedStreamVersion: currentStreamVersion });
      return decided;
    } catch (error) {
      if (!(error instanceof ExpectedVersionConflictError) || attempt >= MAX_ATTEMPTS) throw error;
    }
  }
}
