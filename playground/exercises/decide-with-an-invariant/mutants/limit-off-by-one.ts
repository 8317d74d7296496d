// Wrong: lets a customer hold five seats (> instead of >=); "Bo holds four seats ... Bo reserves a fifth" must catch it.
import { DomainError, type Decider } from '#engine';

// Ticketfly: reserved seating, each seat a small state machine.
export type SeatingEvent = { type: 'SeatReserved'; data: { seat: string; customer: string } };
export type SeatingCommand = { type: 'ReserveSeat'; data: { seat: string; customer: string } };

export interface Seating {
  /** seat -> customer who holds it */
  reserved: Record<string, string>;
}

/** No customer may hold more than this many seats of one show. */
export const MAX_SEATS_PER_CUSTOMER = 4;

export const decider: Decider<Seating, SeatingCommand, SeatingEvent> = {
  initialState: () => ({ reserved: {} }),
  evolve: (state, event) => ({
    reserved: { ...state.reserved, [event.data.seat]: event.data.customer },
  }),

  decide: (command, state) => {
    const { seat, customer } = command.data;
    if (state.reserved[seat] !== undefined) {
      throw new DomainError(`Seat ${seat} is already reserved`, 'a seat is sold once');
    }
    const held = Object.values(state.reserved).filter((holder) => holder === customer).length;
    if (held > MAX_SEATS_PER_CUSTOMER) {
      throw new DomainError(
        `${customer} already holds ${held} seats`,
        `at most ${MAX_SEATS_PER_CUSTOMER} seats per customer`,
      );
    }
    return { type: 'SeatReserved', data: { seat, customer } };
  },
};
