// Wrong: a closed stream still takes reservations, so two streams sell the same section.
import { DomainError, toStreamName, type Decider } from '#engine';

// A Ticketfly-style on-sale (the shows, sections and limits are invented).
export type SeatEvent =
  | { type: 'SeatReserved'; data: { show: string; section: string; seat: string; customer: string } }
  | { type: 'SectionBooksClosed'; data: { continuedIn: string } }
  | { type: 'SectionBooksOpened'; data: { continuedFrom: string; reserved: Record<string, string> } };

export type SeatCommand = { type: 'ReserveSeat'; data: { show: string; section: string; seat: string; customer: string } };

/** The rule that needs a whole section in one stream: a customer holds at most four seats in it. */
export const MAX_SEATS_PER_CUSTOMER = 4;

export interface Section {
  reserved: Record<string, string>;
  /** Set by SectionBooksClosed: where this section's sales go on. */
  continuedIn: string | null;
}

export const decider: Decider<Section, SeatCommand, SeatEvent> = {
  initialState: () => ({ reserved: {}, continuedIn: null }),
  evolve: (state, event) => {
    switch (event.type) {
      case 'SeatReserved':
        return { ...state, reserved: { ...state.reserved, [event.data.seat]: event.data.customer } };
      case 'SectionBooksClosed':
        return { ...state, continuedIn: event.data.continuedIn };
      case 'SectionBooksOpened':
        // The summary is the whole state so far: the new stream starts from it, not from zero.
        return { reserved: { ...event.data.reserved }, continuedIn: null };
    }
  },
  decide: (command, state) => {
    const { seat, customer } = command.data;
    if (state.reserved[seat] !== undefined) throw new DomainError(`Seat ${seat} is taken`);
    const held = Object.values(state.reserved).filter((holder) => holder === customer).length;
    if (held >= MAX_SEATS_PER_CUSTOMER) throw new DomainError(`${customer} holds ${held} seats in this section already`);
    return { type: 'SeatReserved', data: command.data };
  },
};

/**
 * (1) Which stream a command goes to. The stream is the consistency
 * boundary: as small as the rule allows (a section), so buyers in other
 * sections never wait for each other.
 */
export function streamFor(command: SeatCommand): string {
  return toStreamName('Section', `${command.data.show}_${command.data.section}`);
}

/**
 * (2) Closing the books: end a long stream with a closing event, and start
 * its continuation with a summary that carries the state forward.
 */
export function closeTheBooks(
  streamName: string,
  events: SeatEvent[],
  phase: string,
): { closing: SeatEvent; next: string; opening: SeatEvent } {
  const state = events.reduce(decider.evolve, decider.initialState());
  const next = `${streamName}.${phase}`;
  return {
    closing: { type: 'SectionBooksClosed', data: { continuedIn: next } },
    next,
    opening: { type: 'SectionBooksOpened', data: { continuedFrom: streamName, reserved: state.reserved } },
  };
}
