import type { Event } from '#engine';
import type { ExerciseCheck } from '../kit.ts';
import { eventsCheck, learnerDecider, stateCheck } from '../decider-checks.ts';

const added = (sku: string): Event => ({ type: 'ItemAdded', data: { sku } });
const removed = (sku: string): Event => ({ type: 'ItemRemoved', data: { sku } });

/** The customer's cart from the bug report: the filters were removed twice (a retried request). */
const reported: Event[] = [added('coffee'), added('filters'), removed('filters'), removed('filters')];

export const sample: Event[] = reported;

export const checks: ExerciseCheck[] = [
  stateCheck(
    { given: 'coffee and filters added, filters removed', when: 'folding the stream', then: 'coffee is left' },
    reported.slice(0, 3),
    { items: ['coffee'], checkedOut: false },
  ),
  stateCheck(
    {
      given: 'the reported cart: filters removed twice',
      when: 'folding the stream',
      then: 'coffee is still in the cart',
    },
    reported,
    { items: ['coffee'], checkedOut: false },
  ),
  eventsCheck(
    { given: 'the reported cart', when: 'the customer checks out', then: 'CheckedOut with the coffee' },
    reported,
    { type: 'CheckOut', data: {} },
    [{ type: 'CheckedOut', data: { items: ['coffee'] } }],
  ),
  {
    given: 'coffee and filters added',
    when: 'folding one more event, filters removed',
    then: 'the earlier state still shows both items (evolve is pure)',
    run: (learner) => {
      const decider = learnerDecider(learner);
      const before = reported.slice(0, 2).reduce(decider.evolve, decider.initialState());
      const copy: unknown = structuredClone(before);
      decider.evolve(before, removed('filters'));
      return { expected: copy, actual: before };
    },
  },
];
