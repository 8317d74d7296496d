import type { Event } from '#engine';
import { exportedFunction, type ExerciseCheck } from '../kit.ts';

/** Each change was stored a little after it occurred (recordedAt): the audit dates the change itself. */
const by = (type: string, data: Record<string, string>, occurredAt: string, who: string): Event => ({
  type,
  data,
  metadata: { occurredAt, recordedAt: new Date(Date.parse(occurredAt) + 90_000).toISOString(), by: who },
});

const history: Event[] = [
  by('CustomerRegistered', { name: 'Jana Weber', address: 'Hauptstr. 1, Frankfurt', iban: 'DE02 1001' }, '2015-11-02T09:15:00Z', 'jana'),
  by('AddressChanged', { address: 'Zeil 5, Frankfurt' }, '2016-01-14T16:40:00Z', 'jana'),
  by('IbanChanged', { iban: 'DE44 5001' }, '2016-02-03T08:05:00Z', 'support:tom'),
  by('IbanChanged', { iban: 'DE89 3704' }, '2016-02-29T11:30:00Z', 'jana'),
];

export const sample: Event[] = history;

type AuditTrail = (events: Event[], field?: string) => unknown;

export const checks: ExerciseCheck[] = [
  {
    given: 'the customer history',
    when: 'asking who changed the IBAN',
    then: 'three rows, each with the old and new IBAN, who and when',
    run: (learner) => ({
      expected: [
        { at: '2015-11-02T09:15:00Z', by: 'jana', field: 'iban', from: null, to: 'DE02 1001' },
        { at: '2016-02-03T08:05:00Z', by: 'support:tom', field: 'iban', from: 'DE02 1001', to: 'DE44 5001' },
        { at: '2016-02-29T11:30:00Z', by: 'jana', field: 'iban', from: 'DE44 5001', to: 'DE89 3704' },
      ],
      actual: exportedFunction<AuditTrail>(learner, 'auditTrail')(history, 'iban'),
    }),
  },
  {
    given: 'the customer history',
    when: 'asking who changed the address',
    then: 'the registration and one move',
    run: (learner) => ({
      expected: [
        { at: '2015-11-02T09:15:00Z', by: 'jana', field: 'address', from: null, to: 'Hauptstr. 1, Frankfurt' },
        { at: '2016-01-14T16:40:00Z', by: 'jana', field: 'address', from: 'Hauptstr. 1, Frankfurt', to: 'Zeil 5, Frankfurt' },
      ],
      actual: exportedFunction<AuditTrail>(learner, 'auditTrail')(history, 'address'),
    }),
  },
  {
    given: 'the customer history',
    when: 'asking for the whole trail',
    then: 'six rows: three from the registration, then three changes',
    run: (learner) => {
      const rows = exportedFunction<AuditTrail>(learner, 'auditTrail')(history);
      return {
        expected: 6,
        actual: Array.isArray(rows) ? rows.length : rows,
      };
    },
  },
];
