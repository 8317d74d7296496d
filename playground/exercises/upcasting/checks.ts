import { createUpcaster, type Event, type Upcaster } from '#engine';
import { exportedObject, type ExerciseCheck, type LearnerModule } from '../kit.ts';
import { foldEvents, learnerDecider } from '../decider-checks.ts';

const v1 = (investor: string, amount: string): Event => ({
  type: 'LoanFunded',
  data: { loanId: 'L-7', investor, amount },
});
const v2 = (investor: string, amountCents: number): Event => ({
  type: 'LoanFunded',
  data: { loanId: 'L-7', investor, amountCents, currency: 'SGD' },
  metadata: { schemaVersion: 2 },
});

/** A stream written over two years: old events in the v1 shape, newer ones in v2. */
const stored: Event[] = [
  { type: 'LoanRequested', data: { loanId: 'L-7', borrower: 'Kopi Tiam Pte Ltd' } },
  v1('arnaud', 'S$1,000.50'),
  v1('li', 'S$250'),
  v2('maya', 500000),
];

export const sample: Event[] = stored;

/** Deep-frozen copies: an upcaster that changes a stored event throws instead of passing. */
function frozen<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(frozen);
    Object.freeze(value);
  }
  return value;
}

function readThrough(learner: LearnerModule, events: readonly Event[]): Event[] {
  const upcasters = exportedObject<Upcaster[]>(learner, 'upcasters');
  if (!Array.isArray(upcasters)) throw new TypeError('upcasters must be an array');
  const upcast = createUpcaster(upcasters);
  return events.map((event) => upcast(frozen(structuredClone(event))));
}

const dataOf = (event: Event | undefined) => event?.data;

export const checks: ExerciseCheck[] = [
  {
    given: "a v1 LoanFunded { amount: 'S$1,000.50' }",
    when: 'it is read',
    then: 'it has the v2 shape, 100050 cents in SGD',
    run: (learner) => ({
      expected: { loanId: 'L-7', investor: 'arnaud', amountCents: 100050, currency: 'SGD' },
      actual: dataOf(readThrough(learner, [v1('arnaud', 'S$1,000.50')])[0]),
    }),
  },
  {
    given: "a v1 LoanFunded { amount: 'S$250' }",
    when: 'it is read',
    then: 'it is 25000 cents',
    run: (learner) => ({
      expected: { loanId: 'L-7', investor: 'li', amountCents: 25000, currency: 'SGD' },
      actual: dataOf(readThrough(learner, [v1('li', 'S$250')])[0]),
    }),
  },
  {
    given: "a v1 LoanFunded { amount: 'S$19.99' }",
    when: 'it is read',
    then: 'it is exactly 1999 cents (19.99 * 100 is 1998.9999999999998 in floating point)',
    run: (learner) => ({
      expected: { loanId: 'L-7', investor: 'li', amountCents: 1999, currency: 'SGD' },
      actual: dataOf(readThrough(learner, [v1('li', 'S$19.99')])[0]),
    }),
  },
  {
    given: 'a v2 LoanFunded',
    when: 'it is read',
    then: 'it is left as it is',
    run: (learner) => ({
      expected: { loanId: 'L-7', investor: 'maya', amountCents: 500000, currency: 'SGD' },
      actual: dataOf(readThrough(learner, [v2('maya', 500000)])[0]),
    }),
  },
  {
    given: 'the stored stream, two v1 and one v2 LoanFunded',
    when: 'folding what is read',
    then: 'S$ 6,250.50 is funded by three investors',
    run: (learner) => ({
      expected: { borrower: 'Kopi Tiam Pte Ltd', fundedCents: 625050, investors: ['arnaud', 'li', 'maya'] },
      actual: foldEvents(learnerDecider(learner), readThrough(learner, stored)),
    }),
  },
];
