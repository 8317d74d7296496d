/**
 * The live demos of the talk: which example each one folds, what its one
 * control means (modes.ts), and what it says about a moment ("facts", kept
 * beside each example). Pure functions of plain data, so the build renders a
 * demo's printed state with exactly the words the live demo shows.
 */
import type { Fact, Moment } from '../../../playground/examples/demo-facts.ts';
import { rebuildFacts, REBUILT_PROJECTION } from '../../../playground/examples/bank-account/demo-facts.ts';
import { counterFacts } from '../../../playground/examples/counter/demo-facts.ts';
import { jetFacts } from '../../../playground/examples/jet-cart/demo-facts.ts';
import { octopusFacts } from '../../../playground/examples/octopus-deploy/demo-facts.ts';
import { paydirektFacts } from '../../../playground/examples/paydirekt-payment/demo-facts.ts';
import { raceFacts, seatMapFacts, SEAT_MAP } from '../../../playground/examples/ticketfly-seats/demo-facts.ts';

export type { EventLike, Fact, Moment } from '../../../playground/examples/demo-facts.ts';

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
  'faq-lag': { id: 'faq-lag', example: 'ticketfly-seats', title: 'Write side now, read side lagging', mode: 'lag', label: 'Read side lag', hint: 'Raise the lag: the seat map still shows seats as free or held that are sold.', projection: SEAT_MAP },
  envato: { id: 'envato', example: 'bank-account', title: 'Throw a projection away, rebuild it by replay', mode: 'rebuild', label: 'Events replayed', hint: 'Rebuild replays every event from the start into a fresh read model.', projection: REBUILT_PROJECTION },
};

export const isDemoId = (value: unknown): value is DemoId => typeof value === 'string' && value in DEMOS;

/** Each demo's words about a moment, kept beside its example (ID/demo-facts.ts). */
const FACTS: Record<DemoId, (m: Moment) => Fact[]> = {
  counter: counterFacts,
  jet: jetFacts,
  octopus: octopusFacts,
  ticketfly: raceFacts,
  paydirekt: paydirektFacts,
  'faq-lag': seatMapFacts,
  envato: rebuildFacts,
};

export function factsFor(id: DemoId, m: Moment): Fact[] {
  return FACTS[id](m);
}
