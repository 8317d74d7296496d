import type { Event } from '#engine';
import { exportedFunction, type ExerciseCheck } from '../kit.ts';

const at = (globalPosition: number, type: string, data: Record<string, unknown>): Event => ({
  type,
  data,
  metadata: { streamName: `Invoice-${String(data.id)}`, globalPosition },
});

const log: Event[] = [
  at(1, 'InvoiceCreated', { id: 'inv-1', customer: 'Mads', amount: 400 }),
  at(2, 'InvoiceCreated', { id: 'inv-2', customer: 'Ida', amount: 120 }),
  at(3, 'ReminderSent', { id: 'inv-1' }),
  at(4, 'InvoicePaid', { id: 'inv-1' }),
  at(5, 'InvoiceCreated', { id: 'inv-3', customer: 'Mads', amount: 75 }),
];

export const sample: Event[] = log;

const row = (id: string, customer: string, amount: number, paid = false) => ({ id, customer, amount, paid });
const afterTwo = { invoices: [row('inv-1', 'Mads', 400), row('inv-2', 'Ida', 120)] };
const afterFive = {
  invoices: [row('inv-1', 'Mads', 400, true), row('inv-2', 'Ida', 120), row('inv-3', 'Mads', 75)],
};

type ReadYourOwnWrite = (lagging: { view: unknown; checkpoint: number }, log: Event[], written: number) => unknown;

function check(given: string, then: string, lagging: { view: unknown; checkpoint: number }, upTo: number, written: number, expected: unknown): ExerciseCheck {
  return {
    given,
    when: `reading right after writing event ${written}`,
    then,
    run: (learner) => ({
      expected,
      actual: exportedFunction<ReadYourOwnWrite>(learner, 'readYourOwnWrite')(lagging, log.slice(0, upTo), written),
    }),
  };
}

export const checks: ExerciseCheck[] = [
  check(
    'the projection has caught up (checkpoint 5)',
    'the view is used as it is',
    { view: afterFive, checkpoint: 5 },
    5,
    5,
    afterFive,
  ),
  check(
    'the projection lags at checkpoint 2',
    'the view shows inv-1 paid and the new inv-3',
    { view: afterTwo, checkpoint: 2 },
    5,
    5,
    afterFive,
  ),
  check(
    'the projection has seen nothing yet (checkpoint 0)',
    'the view is built from the log: three invoices',
    { view: { invoices: [] }, checkpoint: 0 },
    5,
    5,
    afterFive,
  ),
  check(
    'the projection lags at checkpoint 1 and we wrote event 2',
    'inv-2 shows up',
    { view: { invoices: [row('inv-1', 'Mads', 400)] }, checkpoint: 1 },
    2,
    2,
    afterTwo,
  ),
  check(
    'the projection lags at checkpoint 1, we wrote event 2, and others have written up to 5 since',
    'inv-2 shows up, and nothing after our write is applied',
    { view: { invoices: [row('inv-1', 'Mads', 400)] }, checkpoint: 1 },
    5,
    2,
    afterTwo,
  ),
];
