import type { Event } from '#engine';
import { exportedFunction, type ExerciseCheck } from '../kit.ts';

const on = (occurredAt: string, recordedAt: string, type: string, data: Record<string, unknown>): Event => ({
  type,
  data,
  metadata: { occurredAt, recordedAt },
});

/**
 * In recording order. The last event is a correction, recorded on 25 March:
 * the limit change of 15 January was to 6500. It occurred before the raise
 * to 8000 of 1 February, but the system only learnt of it weeks later.
 */
const history: Event[] = [
  on('2015-11-01T08:00:00Z', '2015-11-01T08:00:02Z', 'MerchantOnboarded', { merchant: 'Buchladen Kühn', dailyLimit: 5000 }),
  on('2016-02-01T12:00:00+01:00', '2016-02-01T11:00:05Z', 'DailyLimitChanged', { dailyLimit: 8000 }),
  on('2016-03-10T09:00:00Z', '2016-03-10T09:00:01Z', 'MerchantSuspended', { reason: 'chargebacks' }),
  on('2016-03-20T09:00:00Z', '2016-03-20T09:00:03Z', 'MerchantReinstated', {}),
  on('2016-01-15T00:00:00Z', '2016-03-25T10:00:00Z', 'DailyLimitChanged', { dailyLimit: 6500 }),
];

export const sample: Event[] = history;

type StateAt = (events: Event[], asOf: string) => unknown;

const merchant = (dailyLimit: number, suspended = false) => ({ merchant: 'Buchladen Kühn', dailyLimit, suspended });

/** A copy each time, so a solution that sorts the array in place cannot change what the next check sees. */
const copy = (): Event[] => structuredClone(history);

function knownAt(date: string, then: string, expected: unknown): ExerciseCheck {
  return {
    given: 'the merchant history',
    when: `asking what the system knew at ${date} (stateAsKnownAt)`,
    then,
    run: (learner) => ({ expected, actual: exportedFunction<StateAt>(learner, 'stateAsKnownAt')(copy(), date) }),
  };
}

function occurredBy(date: string, then: string, expected: unknown): ExerciseCheck {
  return {
    given: 'the merchant history',
    when: `asking how things stood at ${date}, as we know them now (stateAsOccurredBy)`,
    then,
    run: (learner) => ({ expected, actual: exportedFunction<StateAt>(learner, 'stateAsOccurredBy')(copy(), date) }),
  };
}

export const checks: ExerciseCheck[] = [
  knownAt('2015-10-31T23:59:59Z', 'the merchant was not on file yet', { merchant: null, dailyLimit: 0, suspended: false }),
  knownAt('2016-02-01T11:00:05Z', 'an event recorded at exactly that instant counts: limit 8000', merchant(8000)),
  knownAt('2016-03-15T00:00:00Z', 'suspended, limit 8000: the correction was not on file yet', merchant(8000, true)),
  knownAt('2016-04-01T00:00:00Z', 'reinstated, limit 6500: the correction was the last thing recorded', merchant(6500)),
  occurredBy('2015-11-01T08:00:00Z', 'an event at exactly that instant counts: limit 5000', merchant(5000)),
  occurredBy('2016-01-20T00:00:00Z', 'the correction applies from 15 January: limit 6500', merchant(6500)),
  occurredBy('2016-02-01T11:30:00Z', 'the 12:00+01:00 raise (11:00 UTC) already applies: limit 8000', merchant(8000)),
  occurredBy(
    '2016-03-01T00:00:00Z',
    'limit 8000: the raise of 1 February came after the corrected change of 15 January',
    merchant(8000),
  ),
  occurredBy('2016-03-15T00:00:00Z', 'suspended, limit 8000', merchant(8000, true)),
];
