import { DomainError, type Command, type Decider, type Event } from '#engine';
import type { ExerciseCheck } from '../kit.ts';
import { mutantCaughtCheck, specsPassCheck, type Mutant } from '../spec-checks.ts';

type Status = 'None' | 'Placed' | 'AwaitingShipment' | 'Shipped' | 'Cancelled';
interface Order {
  status: Status;
}
type Flaw = 'ships-unscanned' | 'places-empty' | 'places-twice' | 'cancels-shipped' | 'cancels-twice' | 'ignores-cancel';

const statusAfter: Record<string, Status> = {
  OrderPlaced: 'Placed',
  AwaitingShipment: 'AwaitingShipment',
  OrderShipped: 'Shipped',
  OrderCancelled: 'Cancelled',
};

/**
 * The statement's decider, with one rule broken per flaw. The checks' own
 * copy, not the learner's: learners cannot make a mutant pass by editing it.
 */
function orderDecider(flaw?: Flaw): Decider<unknown, Command, Event> {
  const reject = (why: string): never => {
    throw new DomainError(why);
  };
  return {
    initialState: () => ({ status: 'None' }),
    evolve: (state, event) => {
      if (flaw === 'ignores-cancel' && event.type === 'OrderCancelled') return state;
      return { status: statusAfter[event.type] ?? (state as Order).status };
    },
    decide: (command, folded) => {
      const state = folded as Order;
      const data = command.data as Record<string, unknown>;
      switch (command.type) {
        case 'PlaceOrder':
          if (state.status !== 'None' && flaw !== 'places-twice') reject('This order was placed already');
          if (Array.isArray(data.items) && data.items.length === 0 && flaw !== 'places-empty') {
            reject('An order needs at least one item');
          }
          return { type: 'OrderPlaced', data: command.data };
        case 'ScanOrder':
          if (state.status !== 'Placed') reject('Only a placed order can be scanned');
          return { type: 'AwaitingShipment', data: command.data };
        case 'ShipOrder': {
          const ready = state.status === 'AwaitingShipment' || (flaw === 'ships-unscanned' && state.status === 'Placed');
          if (!ready) reject('Only an order awaiting shipment can ship');
          return { type: 'OrderShipped', data: command.data };
        }
        case 'CancelOrder':
          if (state.status === 'Cancelled' && flaw !== 'cancels-twice') return [];
          if (state.status === 'None' || (state.status === 'Shipped' && flaw !== 'cancels-shipped')) {
            reject('Only an order that has not shipped can be cancelled');
          }
          return { type: 'OrderCancelled', data: command.data };
        default:
          return reject(`Unknown command ${command.type}`);
      }
    },
  };
}

const mutants: Mutant[] = [
  { wrong: 'ships an order that nobody scanned', decider: orderDecider('ships-unscanned') },
  { wrong: 'places an order with no items', decider: orderDecider('places-empty') },
  { wrong: 'places the same order twice', decider: orderDecider('places-twice') },
  { wrong: 'cancels an order that has shipped', decider: orderDecider('cancels-shipped') },
  { wrong: 'records a second OrderCancelled when an order is cancelled again', decider: orderDecider('cancels-twice') },
  { wrong: 'forgets OrderCancelled when folding (a cancelled order can still be scanned)', decider: orderDecider('ignores-cancel') },
];

export const sample: Event[] = [
  { type: 'OrderPlaced', data: { items: ['coffee', 'filters'] } },
  { type: 'AwaitingShipment', data: { scanned_by: 'Ana', dock: 'D4' } },
  { type: 'OrderShipped', data: { carrier: 'UPS', tracking_number: '1Z999' } },
];

export const checks: ExerciseCheck[] = [
  specsPassCheck(orderDecider()),
  ...mutants.map((mutant) => mutantCaughtCheck(mutant)),
];
