/** The rebuild demo's words (Envato, on the bank account): a spending projection refilled by replay. */
import { num, rec, type Fact, type Moment } from '../demo-facts.ts';

/** The projection the demo throws away and rebuilds (a name from domain.ts). */
export const REBUILT_PROJECTION = 'Spending by purpose';

export function rebuildFacts(m: Moment): Fact[] {
  const view = Object.entries(rec(m.view));
  const spent = view.reduce((sum, [, v]) => sum + num(v), 0);
  return [
    { label: 'Replayed', value: `${m.position} of ${m.events.length} events` },
    { label: 'Purposes so far', value: String(view.length) },
    { label: 'Spent so far', value: `${spent}` },
    m.position === m.events.length
      ? { label: 'Rebuilt', value: 'the new read model is complete', tone: 'good' }
      : { label: 'Rebuilding', value: 'the old model is gone; this one fills up by replay' },
  ];
}
