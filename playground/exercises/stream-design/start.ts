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
      // TODO (3): fold SectionBooksClosed (continuedIn) and SectionBooksOpened (the summary).
      default:
        return state;
    }
  },
  decide: (command, state) => {
    const { seat, customer } = command.data;
    // TODO (3): a closed stream takes no more reservations.
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
  // TODO (1): one stream for the whole show: every buyer contends with every other.
  return toStreamName('Show', command.data.show);
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
  // TODO (2): the opening event must carry what the old stream knew.
  void events;
  const next = `${streamName}.${phase}`;
  return {
    closing: { type: 'SectionBooksClosed', data: { continuedIn: next } },
    next,
    opening: { type: 'SectionBooksOpened', data: { continuedFrom: streamName, reserved: {} } },
  };
}
