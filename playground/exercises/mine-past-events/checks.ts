import type { Event } from '#engine';
import { exportedFunction, type ExerciseCheck } from '../kit.ts';

const added = (customer: string, sku: string): Event => ({ type: 'ItemAddedToCart', data: { customer, sku } });
const removed = (customer: string, sku: string): Event => ({ type: 'ItemRemovedFromCart', data: { customer, sku } });
const bought = (customer: string, skus: string[]): Event => ({ type: 'CartCheckedOut', data: { customer, skus } });

const history: Event[] = [
  added('ana', 'kettle'),
  added('ana', 'coffee'),
  removed('ana', 'kettle'),
  bought('ana', ['coffee']),
  added('bo', 'grinder'),
  added('bo', 'scale'),
  removed('bo', 'scale'),
  removed('bo', 'grinder'),
  added('bo', 'grinder'),
  bought('bo', ['grinder']),
  added('ana', 'mug'),
  removed('ana', 'mug'),
];

export const sample: Event[] = history;

type Recommendations = (events: Event[]) => unknown;

function check(given: string, then: string, events: Event[], expected: Record<string, string[]>): ExerciseCheck {
  return {
    given,
    when: 'asking what to recommend',
    then,
    run: (learner) => ({ expected, actual: exportedFunction<Recommendations>(learner, 'recommendations')(events) }),
  };
}

export const checks: ExerciseCheck[] = [
  check('Ana added a kettle and removed it', 'recommend the kettle to Ana', [added('ana', 'kettle'), removed('ana', 'kettle')], { ana: ['kettle'] }),
  check(
    'Ana removed coffee, then bought it later',
    'nothing to recommend',
    [added('ana', 'coffee'), removed('ana', 'coffee'), added('ana', 'coffee'), bought('ana', ['coffee'])],
    {},
  ),
  check('Ana removed a mug twice (two carts)', 'the mug is listed once', [removed('ana', 'mug'), removed('ana', 'mug')], { ana: ['mug'] }),
  check(
    'Ana removed a mug, then a kettle',
    'both are recommended, sorted by name',
    [removed('ana', 'mug'), removed('ana', 'kettle')],
    { ana: ['kettle', 'mug'] },
  ),
  check(
    'Bo bought a kettle, Ana removed hers',
    "recommend the kettle to Ana: only a customer's own purchases count",
    [bought('bo', ['kettle']), added('ana', 'kettle'), removed('ana', 'kettle')],
    { ana: ['kettle'] },
  ),
  check('the shop history of Ana and Bo', 'Ana gets kettle and mug, Bo gets the scale', history, {
    ana: ['kettle', 'mug'],
    bo: ['scale'],
  }),
];
