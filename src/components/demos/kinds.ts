/**
 * The live demos of the talk: which example each one folds, what its one
 * control means, and what it says about a moment ("facts"). Pure functions
 * of plain data, so the build renders a demo's printed state with exactly
 * the words the live demo shows.
 */
export type DemoId = 'counter' | 'jet' | 'octopus' | 'ticketfly' | 'paydirekt' | 'faq-lag' | 'envato';
/**
 * travel: the control is the time-travel position (events applied);
 * lag: the write side is complete, the control is how far the read side trails;
 * race: the control steps through two writers racing on one stream version;
 * rebuild: the control is how many events a rebuilt projection has replayed.
 */
export type DemoMode = 'travel' | 'lag' | 'race' | 'rebuild';

export interface DemoSpec {
  id: DemoId;
  /** Folder under playground/examples. */
  example: string;
  title: string;
  mode: DemoMode;
  /** Accessible name of the range input ("Time travel" is the playground's contract too). */
  label: string;
  /** One line under the title: what to try. */
  hint: string;
  /** A projection the demo shows (lag, rebuild). */
  projection?: string;
}

export const DEMOS: Record<DemoId, DemoSpec> = {
  counter: { id: 'counter', example: 'counter', title: 'Counter: the state is the sum of its events', mode: 'travel', label: 'Time travel', hint: 'Drag or use the arrow keys: every earlier count is replayed exactly.' },
  jet: { id: 'jet', example: 'jet-cart', title: 'Jet.com: fold the order, then replay a bug', mode: 'travel', label: 'Time travel', hint: 'Turn on the bug and replay until the total goes wrong.' },
  octopus: { id: 'octopus', example: 'octopus-deploy', title: 'Octopus: which machines get the release?', mode: 'travel', label: 'Time travel', hint: 'Machines come online and drop out; the release goes to those available.' },
  ticketfly: { id: 'ticketfly', example: 'ticketfly-seats', title: 'Ticketfly: two buyers, one last seat', mode: 'race', label: 'Race step', hint: 'Both read the same stream version; the first append wins.' },
  paydirekt: { id: 'paydirekt', example: 'paydirekt-payment', title: 'Paydirekt: the payment at any date, and who changed what', mode: 'travel', label: 'Time travel', hint: 'Pick a moment: the state then, and the person behind each change.' },
  'faq-lag': { id: 'faq-lag', example: 'ticketfly-seats', title: 'Write side now, read side lagging', mode: 'lag', label: 'Read side lag', hint: 'Raise the lag: the seat map still shows seats as free or held that are sold.', projection: 'Seat map (o free, h held, x sold)' },
  envato: { id: 'envato', example: 'bank-account', title: 'Throw a projection away, rebuild it by replay', mode: 'rebuild', label: 'Events replayed', hint: 'Rebuild replays every event from the start into a fresh read model.', projection: 'Spending by purpose' },
};

export const isDemoId = (value: unknown): value is DemoId => typeof value === 'string' && value in DEMOS;

export interface EventLike {
  type: string;
  data: unknown;
  metadata?: { by?: unknown; occurredAt?: unknown };
}

export interface Fact {
  label: string;
  value: string;
  tone?: 'good' | 'bad';
}

/** What a demo knows at one moment. */
export interface Moment {
  /** Events applied to the write side (travel), or replayed (rebuild). */
  position: number;
  events: readonly EventLike[];
  state: unknown;
  /** The read model the demo watches (lag, rebuild). */
  view?: unknown;
  /** Jet: the first event where the buggy total parts from the items, or null. */
  bugAt?: number | null;
  /** The race step outcomes, in words. */
  race?: readonly Fact[];
}

const rec = (v: unknown): Record<string, unknown> => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
const num = (v: unknown): number => (typeof v === 'number' ? v : 0);
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

export function eventLabel(events: readonly EventLike[], position: number): string {
  const e = events[position - 1];
  return e ? `#${position} ${e.type}` : 'the start (no events yet)';
}

export function sumOfItems(state: unknown): number {
  return Object.values(rec(rec(state).items)).reduce<number>((sum, item) => sum + num(rec(item).unitPrice) * num(rec(item).quantity), 0);
}


export function factsFor(id: DemoId, m: Moment): Fact[] {
  const s = rec(m.state);
  const last = m.events[m.position - 1];
  switch (id) {
    case 'counter':
      return [
        { label: 'Count', value: String(num(s.count)) },
        { label: 'Events applied', value: `${m.position} of ${m.events.length}` },
        { label: 'Last event', value: last ? `${last.type} ${num(rec(last.data).amount) || ''}`.trim() : 'none yet' },
      ];
    case 'jet': {
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
    case 'octopus': {
      const machines = Object.entries(rec(s.machines)).map(([name, raw]) => {
        const x = rec(raw);
        return { name, enabled: x.enabled, health: x.health, release: x.release, deploying: x.deploying };
      });
      const release = str(s.release);
      const available = machines.filter((x) => x.enabled === true && (x.health === 'healthy' || x.health === 'warnings'));
      const getsIt = available.filter((x) => release && x.release !== release && x.deploying !== release).map((x) => x.name);
      return [
        { label: 'Release', value: release || 'none promoted yet' },
        { label: 'Available', value: available.map((x) => x.name).join(', ') || 'none' },
        { label: 'Offline or unhealthy', value: machines.filter((x) => !available.includes(x)).map((x) => x.name).join(', ') || 'none' },
        { label: 'Gets the release next', value: getsIt.join(', ') || (release ? 'nobody: all available machines run it' : 'nothing to deploy'), tone: getsIt.length ? 'good' : undefined },
      ];
    }
    case 'paydirekt': {
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
    case 'faq-lag': {
      // Seat by seat: the write side's status against the lagging seat map's letter.
      const letter: Record<string, string> = { available: 'o', held: 'h', sold: 'x' };
      const words: Record<string, string> = { o: 'free', h: 'held', x: 'sold' };
      const seats = Object.entries(rec(s.seats)).map(([seat, raw]) => ({ seat, now: letter[str(rec(raw).status)] ?? '?' }));
      const rows = rec(m.view);
      // The seat map is one string per row: seat C4 is the 4th letter of row C.
      const readOf = (seat: string): string => str(rows[seat.slice(0, 1)]).charAt(Number(seat.slice(1)) - 1);
      const read: Record<string, string> = Object.fromEntries(seats.map(({ seat }) => [seat, readOf(seat)]));
      const differ = seats.filter(({ seat, now }) => read[seat] !== now);
      const sold = (x: string) => seats.filter(({ seat, now }) => (x === 'write' ? now : read[seat]) === 'x').length;
      return [
        { label: 'Write side: seats sold', value: String(sold('write')) },
        { label: 'Read side (seat map): seats sold', value: String(sold('read')) },
        differ.length > 0
          ? {
              label: 'Inconsistent',
              value: `the read side is stale on ${differ
                .slice(0, 3)
                .map(({ seat, now }) => `${seat} (${words[str(read[seat])] ?? 'unknown'}, really ${words[now] ?? now})`)
                .join(', ')}${differ.length > 3 ? ` and ${differ.length - 3} more` : ''}`,
              tone: 'bad',
            }
          : { label: 'Consistent', value: 'the read side has caught up', tone: 'good' },
      ];
    }
    case 'envato': {
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
    case 'ticketfly':
      return [...(m.race ?? [])];
  }
}

/** Where a demo rests when printed or first shown: a moment worth looking at. */
export function restingPosition(id: DemoId, count: number): number {
  switch (id) {
    case 'ticketfly':
      return RACE_STEPS.length - 1;
    case 'faq-lag':
      return Math.min(6, count);
    case 'jet':
      return count;
    default:
      return count;
  }
}

/** The race, in words; step k shows outcomes 1..k. */
export const RACE_STEPS: readonly string[] = [
  'Both buyers load the section at the same stream version: seat C4 is free for both.',
  'maria.g holds C4, appending with the version she read: accepted.',
  'dev.p holds C4 with the same, now old, version: conflict, nothing is written.',
  'dev.p retries: reads the new version, and decide says C4 is taken.',
];
