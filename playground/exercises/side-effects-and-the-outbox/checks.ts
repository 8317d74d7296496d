import { deepFreeze, type Event } from '#engine';
import { exportedFunction, type ExerciseCheck, type LearnerModule } from '../kit.ts';

const detected = (conflict: string, authorEmail: string): Event => ({ type: 'ConflictDetected', data: { conflict, authorEmail } });
const emailed = (conflict: string): Event => ({ type: 'ConflictNotificationEmailSent', data: { conflict } });
const resolved = (conflict: string): Event => ({ type: 'ConflictAutomaticallyResolved', data: { conflict } });

/** A log as Envato's system might have recorded it: c1 told and resolved, c2 told, c3 new. */
const log: Event[] = [
  detected('c1', 'ana@example.com'),
  emailed('c1'),
  detected('c2', 'bo@example.com'),
  emailed('c2'),
  resolved('c1'),
  detected('c3', 'cy@example.com'),
];

export const sample: Event[] = log;

interface Email {
  to: string;
  conflict: string;
}
type WithMailer = (log: Event[], mailer: { send(email: Email): void }) => unknown;

/** Calls one of the learner's functions with a mailer that records what it was asked to send. */
function withMailer(learner: LearnerModule, name: string, events: Event[]): { result: unknown; sent: Email[] } {
  const sent: Email[] = [];
  const mailer = { send: (email: Email) => void sent.push({ to: email.to, conflict: email.conflict }) };
  const result = exportedFunction<WithMailer>(learner, name)(deepFreeze(structuredClone(events)), mailer);
  return { result, sent };
}

/** The notifier run after run, each run's events appended to the log before the next one. */
function runs(learner: LearnerModule, events: Event[], count: number): Email[][] {
  let current = events;
  const sentPerRun: Email[][] = [];
  for (let i = 0; i < count; i++) {
    const { result, sent } = withMailer(learner, 'sendPendingEmails', current);
    if (!Array.isArray(result)) throw new TypeError('sendPendingEmails must return the events to append (an array).');
    current = [...current, ...(result as Event[])];
    sentPerRun.push(sent);
  }
  return sentPerRun;
}

export const checks: ExerciseCheck[] = [
  {
    given: 'the whole log, three conflicts of which one is resolved',
    when: 'the dashboard is thrown away and rebuilt',
    then: 'c2 and c3 are open, and no e-mail is sent',
    run: (learner) => {
      const { result, sent } = withMailer(learner, 'rebuildDashboard', log);
      return { expected: { view: { open: ['c2', 'c3'] }, sent: [] }, actual: { view: result, sent } };
    },
  },
  {
    given: 'the log',
    when: 'the dashboard is rebuilt three times',
    then: 'still no e-mail is sent',
    run: (learner) => {
      const sent = [1, 2, 3].flatMap(() => withMailer(learner, 'rebuildDashboard', log).sent);
      return { expected: [], actual: sent };
    },
  },
  {
    given: 'c3 was detected and nobody has been told',
    when: 'the notifier runs',
    then: "c3's author gets one e-mail, and ConflictNotificationEmailSent c3 is returned to append",
    run: (learner) => {
      const { result, sent } = withMailer(learner, 'sendPendingEmails', log);
      return {
        expected: { sent: [{ to: 'cy@example.com', conflict: 'c3' }], append: [emailed('c3')] },
        actual: { sent, append: result },
      };
    },
  },
  {
    given: 'the notifier ran once and its events were appended',
    when: 'it runs again (after a restart, or on a replay)',
    then: 'it sends nothing more',
    run: (learner) => ({ expected: [[{ to: 'cy@example.com', conflict: 'c3' }], []], actual: runs(learner, log, 2) }),
  },
  {
    given: 'c4 detected, then resolved automatically before the notifier ran',
    when: 'the notifier runs',
    then: 'nobody is told about c4',
    run: (learner) => ({
      expected: [],
      actual: withMailer(learner, 'sendPendingEmails', [...log, emailed('c3'), detected('c4', 'di@example.com'), resolved('c4')]).sent,
    }),
  },
];
