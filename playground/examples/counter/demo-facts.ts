/** The counter demo's words: the count is the sum of the events applied. */
import { num, rec, type Fact, type Moment } from '../demo-facts.ts';

export function counterFacts(m: Moment): Fact[] {
  const last = m.events[m.position - 1];
  return [
    { label: 'Count', value: String(num(rec(m.state).count)) },
    { label: 'Events applied', value: `${m.position} of ${m.events.length}` },
    { label: 'Last event', value: last ? `${last.type} ${num(rec(last.data).amount) || ''}`.trim() : 'none yet' },
  ];
}
