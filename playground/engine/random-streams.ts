import { createRandom } from './prng.ts';
import type { BankEvent } from './example-bank.ts';

/**
 * Random but valid bank streams (no overdraft, nothing after closing) from a
 * seed: input for property tests ("state at k from snapshots equals the full
 * fold") and for benchmarks that must fold the same million events each run.
 */
export interface BankStreamOptions {
  seed: number;
  /** Number of events, including the opening one. */
  count: number;
  accountId?: string;
  /** Chance that the last event closes the account. */
  closeChance?: number;
}

export function generateBankStream({ seed, count, accountId = 'acc-1', closeChance = 0 }: BankStreamOptions): BankEvent[] {
  const random = createRandom(seed);
  const events: BankEvent[] = [];
  if (count <= 0) return events;
  events.push({ type: 'AccountOpened', data: { accountId, owner: random.pick(['Ada', 'Grace', 'Alan', 'Barbara']) } });
  let balance = 0;
  const close = random.chance(closeChance);
  const body = close ? count - 2 : count - 1;
  for (let i = 0; i < body; i++) {
    if (balance > 0 && random.chance(0.4)) {
      const amount = random.int(1, balance);
      balance -= amount;
      events.push({ type: 'MoneyWithdrawn', data: { amount } });
    } else {
      const amount = random.int(1, 500);
      balance += amount;
      events.push({ type: 'MoneyDeposited', data: { amount } });
    }
  }
  if (close && count >= 2) events.push({ type: 'AccountClosed', data: { reason: 'customer request' } });
  return events;
}

export interface BankLogEntry {
  streamName: string;
  event: BankEvent;
}

/** Events spread over several accounts, interleaved as a global log would be. */
export function generateBankLog({ seed, count, accounts = 5 }: { seed: number; count: number; accounts?: number }): BankLogEntry[] {
  const random = createRandom(seed);
  const perAccount = Array.from({ length: accounts }, (_, i) =>
    generateBankStream({ seed: seed * 31 + i, count: Math.ceil(count / accounts) + 1, accountId: `${i + 1}` }),
  );
  const cursors = new Array<number>(accounts).fill(0);
  const log: BankLogEntry[] = [];
  while (log.length < count) {
    const i = random.int(0, accounts - 1);
    const stream = perAccount[i] as BankEvent[];
    const at = cursors[i] as number;
    if (at >= stream.length) continue;
    cursors[i] = at + 1;
    log.push({ streamName: `BankAccount-${i + 1}`, event: stream[at] as BankEvent });
  }
  return log;
}
