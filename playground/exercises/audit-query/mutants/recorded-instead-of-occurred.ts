// Wrong: dates each row with metadata.recordedAt instead of when the change occurred; "the registration and one move" must catch it.
import type { Decider, Event } from '#engine';

// Paydirekt: master data is never overwritten; every change carries date and author.
export type CustomerEvent =
  | Event<'CustomerRegistered', { name: string; address: string; iban: string }>
  | Event<'AddressChanged', { address: string }>
  | Event<'IbanChanged', { iban: string }>;

export interface Customer {
  name: string | null;
  address: string | null;
  iban: string | null;
}

export const decider: Decider<Customer, { type: 'Noop'; data: null }, CustomerEvent> = {
  initialState: () => ({ name: null, address: null, iban: null }),
  evolve: (state, event) => ({ ...state, ...event.data }),
  decide: () => [],
};

export type Field = keyof Customer;

/** One line of the audit report: who changed which field, when, from what to what. */
export interface AuditRow {
  at: string | null;
  by: string | null;
  field: Field;
  from: string | null;
  to: string;
}

/** The fields an event sets, with their new values. */
function changesOf(event: CustomerEvent): [Field, string][] {
  return Object.entries(event.data) as [Field, string][];
}

/**
 * Who changed what, when: one row per changed field, oldest first.
 * With `field`, only the rows about that field.
 */
export function auditTrail(events: CustomerEvent[], field?: Field): AuditRow[] {
  const rows: AuditRow[] = [];
  // Fold as we go: the state before each event holds the values it replaces.
  let before = decider.initialState();
  for (const event of events) {
    for (const [changed, to] of changesOf(event)) {
      rows.push({
        at: event.metadata?.recordedAt ?? null,
        by: event.metadata?.by ?? null,
        field: changed,
        from: before[changed],
        to,
      });
    }
    before = decider.evolve(before, event);
  }
  return field === undefined ? rows : rows.filter((row) => row.field === field);
}

