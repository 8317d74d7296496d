/**
 * Ticketfly reserved seating: every seat is a small finite state machine.
 *
 *   available --hold--> held --buy--> sold
 *       ^                 |
 *       +----release------+   (the buyer leaves, or the hold times out)
 *
 * Ticketfly modelled seats, indexes and checkout as finite state machines
 * (Scala/Akka, CQRS and event sourcing): an on-sale brings tens of thousands
 * of simultaneous requests, all racing for the same, fast-changing seats.
 */
import { DomainError, type Command, type Decider, type Event, type Projection } from '#engine';

export const MAX_SEATS_PER_BUYER = 4;

// ---- Events ----------------------------------------------------------------
export type SeatEvent =
  | Event<'OnSaleStarted', { show: string; seats: string[]; price: number }>
  | Event<'SeatHeld', { seat: string; buyer: string }>
  | Event<'SeatReleased', { seat: string; buyer: string; reason: 'buyer left' | 'hold expired' }>
  | Event<'SeatSold', { seat: string; buyer: string; orderId: string; price: number }>;

// ---- Commands ----------------------------------------------------------------
export type SeatCommand =
  | Command<'StartOnSale', { show: string; seats: string; price: number }>
  | Command<'HoldSeat', { seat: string; buyer: string }>
  | Command<'ReleaseSeat', { seat: string; reason: 'buyer left' | 'hold expired' }>
  | Command<'BuySeat', { seat: string; buyer: string; orderId: string }>;

type Seat = { status: 'available' } | { status: 'held' | 'sold'; buyer: string };

export interface SectionState {
  show: string;
  price: number;
  seats: Record<string, Seat>;
  /** Seats a buyer could still pick (charted). */
  available: number;
}

const countAvailable = (seats: Record<string, Seat>): number => Object.values(seats).filter((s) => s.status === 'available').length;
const withSeat = (state: SectionState, seat: string, next: Seat): SectionState => {
  const seats = { ...state.seats, [seat]: next };
  return { ...state, seats, available: countAvailable(seats) };
};

export const decider: Decider<SectionState, SeatCommand, SeatEvent> = {
  initialState: () => ({ show: '', price: 0, seats: {}, available: 0 }),

  evolve: (state, event) => {
    switch (event.type) {
      case 'OnSaleStarted': {
        const seats = Object.fromEntries(event.data.seats.map((seat): [string, Seat] => [seat, { status: 'available' }]));
        return { show: event.data.show, price: event.data.price, seats, available: event.data.seats.length };
      }
      case 'SeatHeld':
        return withSeat(state, event.data.seat, { status: 'held', buyer: event.data.buyer });
      case 'SeatReleased':
        return withSeat(state, event.data.seat, { status: 'available' });
      case 'SeatSold':
        return withSeat(state, event.data.seat, { status: 'sold', buyer: event.data.buyer });
      default: {
        const unhandled: never = event;
        throw new Error(`Unknown event: ${JSON.stringify(unhandled)}`);
      }
    }
  },

  // Each case is one arrow of the state machine; any other move is rejected.
  decide: (command, state): SeatEvent => {
    if (command.type === 'StartOnSale') {
      if (state.show !== '') throw new DomainError('The on-sale has started', 'An on-sale starts once');
      const seats = command.data.seats.split(',').map((s) => s.trim()).filter(Boolean);
      return { type: 'OnSaleStarted', data: { show: command.data.show, seats, price: command.data.price } };
    }
    const seat = state.seats[command.data.seat];
    if (!seat) throw new DomainError(`There is no seat ${command.data.seat}`, 'Only seats in this section exist');

    switch (command.type) {
      case 'HoldSeat': {
        if (seat.status !== 'available') {
          throw new DomainError(`${command.data.seat} is ${seat.status}`, 'A seat is held by one buyer at a time');
        }
        const mine = Object.values(state.seats).filter((s) => s.status !== 'available' && s.buyer === command.data.buyer).length;
        if (mine >= MAX_SEATS_PER_BUYER) {
          throw new DomainError(`${command.data.buyer} has ${mine} seats`, `At most ${MAX_SEATS_PER_BUYER} seats per buyer`);
        }
        return { type: 'SeatHeld', data: { ...command.data } };
      }
      case 'ReleaseSeat':
        if (seat.status !== 'held') throw new DomainError(`${command.data.seat} is ${seat.status}`, 'Only held seats can be released');
        return { type: 'SeatReleased', data: { seat: command.data.seat, buyer: seat.buyer, reason: command.data.reason } };
      case 'BuySeat':
        if (seat.status === 'sold') throw new DomainError(`${command.data.seat} is sold`, 'A sold seat stays sold');
        if (seat.status !== 'held' || seat.buyer !== command.data.buyer) {
          throw new DomainError(`${command.data.buyer} does not hold ${command.data.seat}`, 'Only the buyer holding a seat can buy it');
        }
        return { type: 'SeatSold', data: { ...command.data, price: state.price } };
      default: {
        const unhandled: never = command;
        throw new Error(`Unknown command: ${JSON.stringify(unhandled)}`);
      }
    }
  },

  isTerminal: (state) => state.show !== '' && Object.values(state.seats).every((s) => s.status === 'sold'),
};

// ---- Projections -------------------------------------------------------------

/** The promoter's live dashboard during the on-sale. */
export const salesDashboard: Projection<{ sold: number; holdsExpired: number; revenue: number }, SeatEvent> = {
  name: 'Sales dashboard',
  canHandle: ['SeatSold', 'SeatReleased'],
  initialState: () => ({ sold: 0, holdsExpired: 0, revenue: 0 }),
  evolve: (view, event) => {
    if (event.type === 'SeatSold') return { ...view, sold: view.sold + 1, revenue: view.revenue + event.data.price };
    if (event.type === 'SeatReleased' && event.data.reason === 'hold expired') return { ...view, holdsExpired: view.holdsExpired + 1 };
    return view;
  },
};

/** The seat map as the next buyer sees it: one row of letters per row of seats. */
export const seatMap: Projection<Record<string, string>, SeatEvent> = {
  name: 'Seat map (o free, h held, x sold)',
  canHandle: ['OnSaleStarted', 'SeatHeld', 'SeatReleased', 'SeatSold'],
  initialState: () => ({}),
  evolve: (rows, event) => {
    const mark = (seat: string, symbol: string): Record<string, string> => {
      const row = seat.slice(0, 1);
      const index = Number(seat.slice(1)) - 1;
      const line = rows[row] ?? '';
      return { ...rows, [row]: line.slice(0, index) + symbol + line.slice(index + 1) };
    };
    switch (event.type) {
      case 'OnSaleStarted':
        return event.data.seats.reduce<Record<string, string>>((acc, seat) => ({ ...acc, [seat.slice(0, 1)]: (acc[seat.slice(0, 1)] ?? '') + 'o' }), {});
      case 'SeatHeld': return mark(event.data.seat, 'h');
      case 'SeatReleased': return mark(event.data.seat, 'o');
      case 'SeatSold': return mark(event.data.seat, 'x');
      default: return rows;
    }
  },
};

export const projections = [salesDashboard, seatMap];
