/** The Jet.com demo's words: the order's total against the sum of its items, which a bug makes differ. */
import { eventLabel, num, rec, str, type Fact, type Moment } from '../demo-facts.ts';

/** What the order should cost: unit price times quantity, over every item in the cart. */
export function sumOfItems(state: unknown): number {
  return Object.values(rec(rec(state).items)).reduce<number>((sum, item) => sum + num(rec(item).unitPrice) * num(rec(item).quantity), 0);
}

export function jetFacts(m: Moment): Fact[] {
  const s = rec(m.state);
  const total = num(s.total);
  const items = sumOfItems(m.state);
  const facts: Fact[] = [
    { label: 'Order total', value: `$${total}` },
    { label: 'Sum of the items', value: `$${items}` },
    { label: 'Status', value: str(s.status) || 'cart' },
  ];
  if (total !== items) facts.push({ label: 'Bug', value: `total is wrong from ${eventLabel(m.events, m.bugAt ?? m.position)}`, tone: 'bad' });
  else if (m.bugAt) facts.push({ label: 'Bug', value: `not yet: it shows at ${eventLabel(m.events, m.bugAt)}` });
  return facts;
}
