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

  // TODO: reject the command with a DomainError when
  //  - the seat is already reserved (by anyone), or
  //  - the customer already holds MAX_SEATS_PER_CUSTOMER seats.
  // throw new DomainError('why, in words', 'which rule') rejects the command.
  decide: (command, state) => {
    return { type: 'SeatReserved', data: command.data };
  },
};
