import type { Event } from '#engine';
import { exportedFunction, type ExerciseCheck } from '../kit.ts';

const e = (type: string, conflict: string, extra: Record<string, unknown> = {}): Event => ({
  type,
  data: { conflict, ...extra },
});

const log: Event[] = [
  e('ConflictDetected', 'c1'),
  e('ConflictNotificationEmailSent', 'c1'),
  e('ConflictDetected', 'c2'),
  e('ConflictAutomaticallyResolved', 'c1'),
  e('ConflictDetected', 'c3'),
  e('ConflictManuallyResolved', 'c2', { by: 'james' }),
  e('ConflictDetected', 'c4'),
  e('ConflictAutomaticallyResolved', 'c4'),
];

export const sample: Event[] = log;

/** What version 1 had built after four events: open conflicts only, no counters. */
const oldRun = { view: { open: ['c2'] }, checkpoint: 4 };
const rebuilt = { open: ['c3'], resolvedAutomatically: 2, resolvedManually: 1 };

type Rebuild = (log: Event[], old: { view: unknown; checkpoint: number }) => unknown;
const rebuild = (learner: Parameters<ExerciseCheck['run']>[0]) => exportedFunction<Rebuild>(learner, 'rebuild');

export const checks: ExerciseCheck[] = [
  {
    given: 'a fresh start (no old view)',
    when: 'rebuilding from the whole log',
    then: 'c3 is open, two conflicts were resolved automatically and one manually',
    run: (learner) => ({
      expected: rebuilt,
      actual: rebuild(learner)(log, { view: { open: [], resolvedAutomatically: 0, resolvedManually: 0 }, checkpoint: 0 }),
    }),
  },
  {
    given: 'the old version-1 view at checkpoint 4',
    when: 'rebuilding after the change',
    then: 'the result is the same as from a fresh start',
    run: (learner) => ({ expected: rebuilt, actual: rebuild(learner)(log, oldRun) }),
  },
  {
    given: 'the old view at checkpoint 4',
    when: 'rebuilding twice',
    then: 'both rebuilds agree (a rebuild has no memory)',
    run: (learner) => {
      const first = rebuild(learner)(log, oldRun);
      return { expected: first, actual: rebuild(learner)(log, oldRun) };
    },
  },
  {
    given: 'an empty log',
    when: 'rebuilding',
    then: 'the dashboard is empty',
    run: (learner) => ({
      expected: { open: [], resolvedAutomatically: 0, resolvedManually: 0 },
      actual: rebuild(learner)([], oldRun),
    }),
  },
];
