import { deepFreeze, type Event } from '#engine';
import { exportedFunction, type ExerciseCheck, type LearnerModule } from '../kit.ts';
import { foldEvents, learnerDecider } from '../decider-checks.ts';

const requested: Event = { type: 'LoanRequested', data: { loanId: 'L-7', borrower: 'Kopi Tiam Pte Ltd' } };
const funded = (investor: string, amountCents: number, extra: Record<string, unknown> = {}): Event => ({
  type: 'LoanFunded',
  data: { loanId: 'L-7', investor, amountCents, ...extra },
});
const withdrawn = (investor: string): Event => ({ type: 'LoanFundingWithdrawn', data: { loanId: 'L-7', investor } });
const funding = (investor: string, amountCents: number, currency = 'SGD') => ({ investor, amountCents, currency });

/** A stream as stored years ago: a v1 amount as text, and an event type no longer used. */
const oldStream: Event[] = [
  { ...requested, metadata: { occurredAt: '2016-03-01T10:00:00.000Z' } },
  { type: 'LoanFunded', data: { loanId: 'L-7', investor: 'arnaud', amount: 'S$1,000.50' }, metadata: { occurredAt: '2016-03-02T10:00:00.000Z' } },
  { type: 'InvestorNotified', data: { loanId: 'L-7', investor: 'arnaud' }, metadata: { occurredAt: '2016-03-02T10:00:01.000Z' } },
  { ...funded('li', 25000, { currency: 'SGD' }), metadata: { occurredAt: '2016-03-05T09:00:00.000Z', schemaVersion: 2 } },
];

export const sample: Event[] = [requested, funded('arnaud', 100050, { currency: 'SGD' }), funded('li', 25000), withdrawn('li'), funded('maya', 500000, { currency: 'USD', channel: 'app' })];

const fold = (learner: LearnerModule, events: Event[]) => foldEvents(learnerDecider(learner), deepFreeze(structuredClone(events)));
type Copy = (old: Event[]) => Event[];
const copy = (learner: LearnerModule): Event[] => exportedFunction<Copy>(learner, 'copyAndTransform')(deepFreeze(structuredClone(oldStream)));

export const checks: ExerciseCheck[] = [
  {
    given: 'a LoanFunded written before `currency` existed',
    when: 'folding the stream',
    then: 'its currency defaults to SGD',
    run: (learner) => ({
      expected: { borrower: 'Kopi Tiam Pte Ltd', fundings: [funding('arnaud', 100050), funding('li', 25000)] },
      actual: fold(learner, [requested, funded('arnaud', 100050, { currency: 'SGD' }), funded('li', 25000)]),
    }),
  },
  {
    given: 'a newer LoanFunded in USD with a field this code does not know (channel)',
    when: 'folding the stream',
    then: 'the currency is kept and the unknown field is ignored',
    run: (learner) => ({
      expected: { borrower: 'Kopi Tiam Pte Ltd', fundings: [funding('maya', 500000, 'USD')] },
      actual: fold(learner, [requested, funded('maya', 500000, { currency: 'USD', channel: 'app' })]),
    }),
  },
  {
    given: 'arnaud and li fund the loan, then li withdraws',
    when: 'folding the stream with the new event type',
    then: 'only arnaud funds it',
    run: (learner) => ({
      expected: { borrower: 'Kopi Tiam Pte Ltd', fundings: [funding('arnaud', 100050)] },
      actual: fold(learner, [requested, funded('arnaud', 100050), funded('li', 25000), withdrawn('li')]),
    }),
  },
  {
    given: 'the old stream: a v1 amount as text, an InvestorNotified, a v2 LoanFunded',
    when: 'copying it with copyAndTransform',
    then: 'three events in the current shape, schemaVersion 2, each still saying when it occurred',
    run: (learner) => ({
      expected: [
        { type: 'LoanRequested', data: requested.data, metadata: { occurredAt: '2016-03-01T10:00:00.000Z', schemaVersion: 2 } },
        { type: 'LoanFunded', data: { loanId: 'L-7', investor: 'arnaud', amountCents: 100050, currency: 'SGD' }, metadata: { occurredAt: '2016-03-02T10:00:00.000Z', schemaVersion: 2 } },
        { type: 'LoanFunded', data: { loanId: 'L-7', investor: 'li', amountCents: 25000, currency: 'SGD' }, metadata: { occurredAt: '2016-03-05T09:00:00.000Z', schemaVersion: 2 } },
      ],
      actual: copy(learner),
    }),
  },
  {
    given: 'the copied stream',
    when: 'folding it',
    then: 'the loan is what the old stream meant: S$1,000.50 from arnaud and S$250 from li',
    run: (learner) => ({
      expected: { borrower: 'Kopi Tiam Pte Ltd', fundings: [funding('arnaud', 100050), funding('li', 25000)] },
      actual: fold(learner, copy(learner)),
    }),
  },
];
