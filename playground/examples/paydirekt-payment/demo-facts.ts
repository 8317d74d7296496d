/** The Paydirekt demo's words: the payment as of an event's time, and who made the change. */
import { num, rec, str, type Fact, type Moment } from '../demo-facts.ts';

export function paydirektFacts(m: Moment): Fact[] {
  const s = rec(m.state);
  const last = m.events[m.position - 1];
  const when = last ? str(last.metadata?.occurredAt).replace('T', ' ').slice(0, 16) : '';
  const address = rec(s.shippingAddress);
  return [
    { label: 'As of', value: when ? `${when} UTC` : 'before the payment' },
    { label: 'Status', value: str(s.status) },
    { label: 'Captured / refunded', value: `€${num(s.captured)} / €${num(s.refunded)}` },
    { label: 'Ship to', value: address.street ? `${str(address.street)}, ${str(address.postcode)} ${str(address.city)}` : '—' },
    { label: 'Changed by', value: last ? `${str(last.metadata?.by) || 'unknown'}: ${last.type}` : '—' },
  ];
}
