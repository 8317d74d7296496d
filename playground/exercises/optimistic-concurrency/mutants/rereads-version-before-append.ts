// Wrong: asks the store for the version again just before appending instead of using the one it decided on; "Bo takes A7 right after Ana reads the hall" must catch it.
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
  for (let attempt = 1; ; attempt++) {
    const { events, currentStreamVersion } = store.readStream<SeatingEvent>(streamName);
    const state = events.reduce(decider.evolve, decider.initialState());
    // decide is pure, so deciding again on the newer state is safe: it may now reject.
    const decided = [decider.decide(command, state)].flat();
    try {
      void currentStreamVersion;
      // The newest version, read just before writing: but the decision was made on an older one.
      store.appendToStream(streamName, decided, { expectedStreamVersion: store.streamVersion(streamName) });
      return decided;
    } catch (error) {
      if (!(error instanceof ExpectedVersionConflictError) || attempt >= MAX_ATTEMPTS) throw error;
    }
  }
}
