/**
 * The Ticketfly demos' words: two buyers racing for seat C4 (optimistic
 * concurrency), and the seat map read model lagging behind the write side
 * (the FAQ on inconsistent data).
 */
import { rec, str, type Fact, type Moment } from '../demo-facts.ts';

/** The seat both buyers want, and the command each sends. */
export const RACE_SEAT = 'C4';
export const raceCommand = (buyer: string) => ({ type: 'HoldSeat', data: { seat: RACE_SEAT, buyer } });
export const RACE_BUYERS = ['maria.g', 'dev.p'] as const;

/** The race, in words; step k shows outcomes 1..k. */
export const RACE_STEPS: readonly string[] = [
  'Both buyers load the section at the same stream version: seat C4 is free for both.',
  'maria.g holds C4, appending with the version she read: accepted.',
  'dev.p holds C4 with the same, now old, version: conflict, nothing is written.',
  'dev.p retries: reads the new version, and decide says C4 is taken.',
];

/** The read model the lag demo watches (a name from domain.ts): one string per row, a letter per seat. */
export const SEAT_MAP = 'Seat map (o free, h held, x sold)';
const LETTER: Record<string, string> = { available: 'o', held: 'h', sold: 'x' };
const WORDS: Record<string, string> = { o: 'free', h: 'held', x: 'sold' };

export function raceFacts(m: Moment): Fact[] {
  return [...(m.race ?? [])];
}

/** Seat by seat: the write side's status against the lagging seat map's letter. */
export function seatMapFacts(m: Moment): Fact[] {
  const seats = Object.entries(rec(rec(m.state).seats)).map(([seat, raw]) => ({ seat, now: LETTER[str(rec(raw).status)] ?? '?' }));
  const rows = rec(m.view);
  // Seat C4 is the 4th letter of row C.
  const readOf = (seat: string): string => str(rows[seat.slice(0, 1)]).charAt(Number(seat.slice(1)) - 1);
  const read: Record<string, string> = Object.fromEntries(seats.map(({ seat }) => [seat, readOf(seat)]));
  const differ = seats.filter(({ seat, now }) => read[seat] !== now);
  const sold = (side: 'write' | 'read') => seats.filter(({ seat, now }) => (side === 'write' ? now : read[seat]) === 'x').length;
  return [
    { label: 'Write side: seats sold', value: String(sold('write')) },
    { label: 'Read side (seat map): seats sold', value: String(sold('read')) },
    differ.length > 0
      ? {
          label: 'Inconsistent',
          value: `the read side is stale on ${differ
            .slice(0, 3)
            .map(({ seat, now }) => `${seat} (${WORDS[str(read[seat])] ?? 'unknown'}, really ${WORDS[now] ?? now})`)
            .join(', ')}${differ.length > 3 ? ` and ${differ.length - 3} more` : ''}`,
          tone: 'bad',
        }
      : { label: 'Consistent', value: 'the read side has caught up', tone: 'good' },
  ];
}
