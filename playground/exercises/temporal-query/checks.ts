import type { Event } from '#engine';
import { exportedFunction, type ExerciseCheck } from '../kit.ts';

const on = (occurredAt: string, type: string, data: Record<string, unknown>): Event => ({
  type,
  data,
  metadata: { occurredAt },
});

/** In recording order. The last one is a correction recorded late, for 1 March. */
const history: Event[] = [
  on('2015-11-01T08:00:00Z', 'MerchantOnboarded', { merchant: 'Buchladen Kühn', dailyLimit: 5000 }),
  on('2016-02-01T12:00:00+01:00', 'DailyLimitChanged', { dailyLimit: 8000 }),
  on('2016-03-10T09:00:00Z', 'MerchantSuspended', { reason: 'chargebacks' }),
  on('2016-03-20T09:00:00Z', 'MerchantReinstated', {}),
  on('2016-03-01T00:00:00Z', 'DailyLimitChanged', { dailyLimit: 6500 }),
];

export const sample: Event[] = history;

type StateAsOf = (events: Event[], asOf: string) => unknown;

function asOf(date: string, then: string, expected: unknown): ExerciseCheck {
  return {
    given: 'the merchant history',
    when: `asking for the state as of ${date}`,
    then,
    run: (learner) => ({ expected, actual: exportedFunction<StateAsOf>(learner, 'stateAsOf')(history, date) }),
  };
}

export const checks: ExerciseCheck[] = [
  asOf('2015-10-31T23:59:59Z', 'the merchant did not exist yet', { merchant: null, dailyLimit: 0, suspended: false }),
  asOf('2015-11-01T08:00:00Z', 'an event at exactly that instant counts: limit 5000', {
    merchant: 'Buchladen Kühn',
    dailyLimit: 5000,
    suspended: false,
  }),
  asOf('2016-02-01T11:30:00Z', 'the 12:00+01:00 change (11:00 UTC) already applies: limit 8000', {
    merchant: 'Buchladen Kühn',
    dailyLimit: 8000,
    suspended: false,
  }),
  asOf('2016-03-15T00:00:00Z', 'suspended, with the late correction: limit 6500', {
    merchant: 'Buchladen Kühn',
    dailyLimit: 6500,
    suspended: true,
  }),
  asOf('2016-02-15T00:00:00Z', 'not yet suspended, limit still 8000', {
    merchant: 'Buchladen Kühn',
    dailyLimit: 8000,
    suspended: false,
  }),
];
