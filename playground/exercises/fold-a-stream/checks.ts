import type { Event } from '#engine';
import type { ExerciseCheck } from '../kit.ts';
import { stateCheck } from '../decider-checks.ts';

const placed: Event = { type: 'OrderPlaced', data: { items: ['coffee', 'filters'] } };
const awaiting: Event = { type: 'AwaitingShipment', data: { scanned_by: 'Ana', dock: 'D4' } };
const shipped: Event = { type: 'OrderShipped', data: { carrier: 'UPS', tracking_number: '1Z999' } };

/** The stream the page folds with the learner's decider to show each state. */
export const sample: Event[] = [placed, awaiting, shipped];

export const checks: ExerciseCheck[] = [
  stateCheck(
    { given: 'no events', when: 'folding the stream', then: 'the state is the initial state' },
    [],
    { status: 'None', items: [], dock: null, trackingNumber: null },
  ),
  stateCheck(
    { given: 'OrderPlaced', when: 'folding the stream', then: 'the order is Placed with its items' },
    [placed],
    { status: 'Placed', items: ['coffee', 'filters'], dock: null, trackingNumber: null },
  ),
  stateCheck(
    {
      given: 'OrderPlaced, AwaitingShipment',
      when: 'folding the stream',
      then: 'the order awaits shipment at dock D4',
    },
    [placed, awaiting],
    { status: 'AwaitingShipment', items: ['coffee', 'filters'], dock: 'D4', trackingNumber: null },
  ),
  stateCheck(
    {
      given: 'OrderPlaced, AwaitingShipment, OrderShipped',
      when: 'folding the stream',
      then: 'the order is Shipped with its tracking number',
    },
    sample,
    { status: 'Shipped', items: ['coffee', 'filters'], dock: 'D4', trackingNumber: '1Z999' },
  ),
];
