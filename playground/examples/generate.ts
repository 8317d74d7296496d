/**
 * Long bank-account streams for the playground's "long stream" mode and the
 * benches: the same seed gives the same events on every machine, and every
 * stream is one the bank-account decider accepts (no overdraft), with
 * realistic metadata (who, when) so the page looks as it would on real data.
 */
import { createRandom } from '#engine';
import type { AccountEvent } from './bank-account/domain.ts';
import type { StoredEvent } from './stream-builder.ts';

export const longStreamSizes = [10_000, 100_000] as const;

export interface LongStreamOptions {
  /** Number of events, including the opening one. */
  count: number;
  seed?: number;
  /** Must match the example so the page treats it as the same account. */
  streamName?: string;
  /** When the account was opened (ISO 8601). */
  start?: string;
}

type Money = Extract<AccountEvent, { type: 'MoneyDeposited' | 'MoneyWithdrawn' }>;

const spending = [
  { description: 'Groceries', by: 'card:4711', min: 8, max: 140 },
  { description: 'Cash', by: 'atm:BER-0421', min: 20, max: 300 },
  { description: 'Restaurant', by: 'card:4711', min: 12, max: 90 },
  { description: 'Train tickets', by: 'ada.lovelace@online', min: 19, max: 160 },
  { description: 'Rent', by: 'standing-orders', min: 950, max: 950 },
  { description: 'Savings transfer', by: 'ada.lovelace@online', min: 100, max: 1500 },
] as const;

const income = [
  { description: 'Salary', by: 'payroll:acme-gmbh', min: 2850, max: 3100 },
  { description: 'Refund', by: 'ada.lovelace@online', min: 5, max: 80 },
  { description: 'Cash deposit', by: 'clerk:m.schulz', min: 50, max: 400 },
] as const;

/** `count` events of one account: opened, then deposits and withdrawals that never overdraw. */
export function generateBankAccountStream({
  count,
  seed = 42,
  streamName = 'BankAccount-1042',
  start = '2012-01-02T09:00:00.000Z',
}: LongStreamOptions): StoredEvent[] {
  const random = createRandom(seed);
  const events: StoredEvent[] = [];
  let time = Date.parse(start);
  let balance = 0;
  const push = (event: AccountEvent, by: string): void => {
    events.push({ type: event.type, data: event.data, metadata: { streamName, occurredAt: new Date(time).toISOString(), by } });
  };
  if (count <= 0) return events;
  push({ type: 'AccountOpened', data: { accountHolder: 'Ada Lovelace' } }, 'clerk:m.schulz');
  while (events.length < count) {
    // Between 5 minutes and 3 hours later: a busy account, about 17 years per 100,000 events.
    time += random.int(5, 180) * 60_000;
    const kind = random.pick(spending);
    let event: Money;
    let by: string;
    if (balance >= kind.min && random.chance(0.7)) {
      const amount = random.int(kind.min, Math.min(kind.max, balance));
      event = { type: 'MoneyWithdrawn', data: { amount, description: kind.description } };
      by = kind.by;
      balance -= amount;
    } else {
      const source = random.pick(income);
      const amount = random.int(source.min, source.max);
      event = { type: 'MoneyDeposited', data: { amount, description: source.description } };
      by = source.by;
      balance += amount;
    }
    push(event, by);
  }
  return events;
}
