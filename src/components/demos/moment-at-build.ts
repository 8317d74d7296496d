/**
 * A demo's resting moment computed at build time (Node, no worker): the
 * printed slide, the presenter's preview and a visitor without scripts see
 * the same facts the live demo shows at that position.
 */
import { RACE_BUYERS, RACE_STEPS, raceCommand } from '../../../playground/examples/ticketfly-seats/demo-facts.ts';
import { DEMOS, type DemoId, type EventLike, type Fact, type Moment } from './kinds.ts';
import { MODES, viewEvents } from './modes.ts';
import { demoMoment } from './demo-moment.ts';
import type { Moment as ShownMoment } from '../moment/moment.ts';

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

/** The race up to `step`, decided by the example's own decider: its words and the events the first buyer appended. */
function race(d: DomainModule, events: readonly EventLike[], step: number): { facts: Fact[]; appended: EventLike[] } {
  const [first, second] = RACE_BUYERS;
  const v = events.length;
  const facts: Fact[] = [{ label: `Version ${v}`, value: RACE_STEPS[0] ?? '' }];
  let state = foldState(d, events);
  let list: EventLike[] = [];
  if (step >= 1) {
    const decided = d.decider.decide(raceCommand(first), state);
    list = (Array.isArray(decided) ? decided : [decided]) as EventLike[];
    state = list.reduce((s, e) => d.decider.evolve(s, e), state);
    facts.push({ label: `${first}, expects ${v}`, value: `appended: stream is now version ${v + list.length}`, tone: 'good' });
  }
  if (step >= 2) facts.push({ label: `${second}, expects ${v}`, value: `conflict: the stream is at ${v + 1}, nothing written`, tone: 'bad' });
  if (step >= 3) {
    let why = 'accepted';
    try {
      d.decider.decide(raceCommand(second), state);
    } catch (error) {
      why = `rejected: ${error instanceof Error ? error.message : String(error)}`;
    }
    facts.push({ label: `${second} retries, expects ${v + 1}`, value: why, tone: 'bad' });
  }
  return { facts, appended: list };
}

/** The demo at its resting moment, as the live demo will show it there. */
export function momentAtBuild(id: DemoId): { moment: ShownMoment; max: number } {
  const spec = DEMOS[id];
  const rule = MODES[spec.mode];
  const { domain, events } = exampleFiles(spec.example);
  const count = events.length;
  const position = rule.rest(count);
  const view = rule.view(position, count);
  const raced = spec.mode === 'race' ? race(domain, events, position) : null;
  const moment: Moment = {
    position,
    events,
    state: foldState(domain, events.slice(0, rule.stateAt(position, count))),
    ...(view ? { view: foldView(domain, spec.projection, events.slice(0, viewEvents(view))) } : {}),
    ...(raced ? { race: raced.facts } : {}),
  };
  return { moment: demoMoment(id, moment, raced?.appended), max: rule.max(count) };
}
