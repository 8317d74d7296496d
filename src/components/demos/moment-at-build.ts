/**
 * A demo's resting moment computed at build time (Node, no worker): the
 * printed slide, the presenter's preview and a visitor without scripts see
 * the same facts the live demo shows at that position.
 */
import { DEMOS, RACE_STEPS, restingPosition, type DemoId, type EventLike, type Fact, type Moment } from './kinds.ts';

interface Projectionish {
  name: string;
  canHandle: readonly string[];
  initialState: () => unknown;
  evolve: (view: unknown, event: EventLike) => unknown;
}
interface DomainModule {
  decider: { initialState: () => unknown; evolve: (state: unknown, event: EventLike) => unknown; decide: (command: unknown, state: unknown) => unknown };
  projections?: readonly Projectionish[];
}

const domains = import.meta.glob<DomainModule>('../../../playground/examples/*/domain.ts', { eager: true });
const streams = import.meta.glob<EventLike[]>('../../../playground/examples/*/events.json', { eager: true, import: 'default' });

export function exampleFiles(example: string): { domain: DomainModule; events: EventLike[] } {
  const domain = domains[`../../../playground/examples/${example}/domain.ts`];
  const events = streams[`../../../playground/examples/${example}/events.json`];
  if (!domain || !events) throw new Error(`Demo: no example "${example}" in playground/examples`);
  return { domain, events };
}

const foldState = (d: DomainModule, events: readonly EventLike[]) => events.reduce((s, e) => d.decider.evolve(s, e), d.decider.initialState());

function foldView(d: DomainModule, name: string | undefined, events: readonly EventLike[]): unknown {
  const p = d.projections?.find((x) => x.name === name);
  if (!p) return undefined;
  return events.filter((e) => p.canHandle.includes(e.type)).reduce((v, e) => p.evolve(v, e), p.initialState());
}

export const RACE_COMMAND = (buyer: string) => ({ type: 'HoldSeat', data: { seat: 'C4', buyer } });

function raceFacts(d: DomainModule, events: readonly EventLike[], step: number): Fact[] {
  const v = events.length;
  const facts: Fact[] = [{ label: `Version ${v}`, value: RACE_STEPS[0] ?? '' }];
  let state = foldState(d, events);
  if (step >= 1) {
    const decided = d.decider.decide(RACE_COMMAND('maria.g'), state);
    const list = (Array.isArray(decided) ? decided : [decided]) as EventLike[];
    state = list.reduce((s, e) => d.decider.evolve(s, e), state);
    facts.push({ label: `maria.g, expects ${v}`, value: `appended: stream is now version ${v + list.length}`, tone: 'good' });
  }
  if (step >= 2) facts.push({ label: `dev.p, expects ${v}`, value: `conflict: the stream is at ${v + 1}, nothing written`, tone: 'bad' });
  if (step >= 3) {
    let why = 'accepted';
    try {
      d.decider.decide(RACE_COMMAND('dev.p'), state);
    } catch (error) {
      why = `rejected: ${error instanceof Error ? error.message : String(error)}`;
    }
    facts.push({ label: `dev.p retries, expects ${v + 1}`, value: why, tone: 'bad' });
  }
  return facts;
}

export function momentAtBuild(id: DemoId): { moment: Moment; max: number; facts: Fact[] } {
  const spec = DEMOS[id];
  const { domain, events } = exampleFiles(spec.example);
  const count = events.length;
  const position = restingPosition(id, count);
  const max = spec.mode === 'race' ? RACE_STEPS.length - 1 : spec.mode === 'lag' ? Math.min(12, count) : count;
  let moment: Moment;
  if (spec.mode === 'lag') {
    moment = { position, events, state: foldState(domain, events), view: foldView(domain, spec.projection, events.slice(0, count - position)) };
  } else if (spec.mode === 'rebuild') {
    moment = { position, events, state: foldState(domain, events), view: foldView(domain, spec.projection, events.slice(0, position)) };
  } else if (spec.mode === 'race') {
    moment = { position, events, state: foldState(domain, events), race: raceFacts(domain, events, position) };
  } else {
    moment = { position, events, state: foldState(domain, events.slice(0, position)) };
  }
  return { moment, max, facts: [] };
}
