import type { Event } from '#engine';
import type { ExerciseCheck, Observation } from '../kit.ts';
import { decideOutcome, eventsCheck, learnerDecider, stateCheck } from '../decider-checks.ts';

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
  stateCheck(
    {
      given: 'coffee added twice, then one coffee removed',
      when: 'folding the stream',
      then: 'one coffee is left: a removal takes one copy, not all of them',
    },
    [added('coffee'), added('coffee'), removed('coffee')],
    { items: ['coffee'], checkedOut: false },
  ),
  eventsCheck(
    { given: 'coffee and filters in the cart', when: 'RemoveItem filters', then: 'ItemRemoved filters' },
    reported.slice(0, 2),
    { type: 'RemoveItem', data: { sku: 'filters' } },
    [removed('filters')],
  ),
  {
    given: 'coffee and filters added, filters removed',
    when: 'the retried request sends RemoveItem filters again',
    then: 'decide records no ItemRemoved: it ignores (or rejects) what is already done',
    run: (learner) => {
      const outcome = decideOutcome(learnerDecider(learner), reported.slice(0, 3), { type: 'RemoveItem', data: { sku: 'filters' } });
      const recorded = 'events' in outcome ? outcome.events.filter((event) => event.type === 'ItemRemoved') : [];
      const observation: Observation = { expected: [], actual: 'threw' in outcome ? outcome : recorded };
      if (recorded.length > 0) {
        observation.explanation =
          'decide turned the retry into a second ItemRemoved: the item is no longer in the cart, so return [] (or throw a DomainError).';
      }
      return observation;
    },
  },
];
