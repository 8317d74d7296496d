import { DomainError, project, type Command, type Event, type Projection } from '#engine';
import { exportedObject, type ExerciseCheck, type LearnerModule, type Observation } from '../kit.ts';
import { decideOutcome, learnerDecider, type AnyDecider } from '../decider-checks.ts';
import { mutantCaughtCheck, specsPassCheck, learnerSpecs } from '../spec-checks.ts';

const create = (invoiceId: string): Command => ({ type: 'CreateInvoice', data: { invoiceId, customer: 'Hygge ApS' } });
const addLine = (invoiceId: string, amountCents: number): Command => ({ type: 'AddLine', data: { invoiceId, description: 'Bookkeeping', amountCents } });
const send = (invoiceId: string): Command => ({ type: 'SendInvoice', data: { invoiceId } });
const pay = (invoiceId: string, amountCents: number): Command => ({ type: 'RecordPayment', data: { invoiceId, amountCents } });
/** An event named as an order ("SendInvoice", "AddLine") rather than a fact. */
const COMMAND_VERBS = /^(Create|Add|Send|Record|Pay)(?=[A-Z]|$)/;

/** The life of INV-1, each command with whether the rules accept it. */
const story: [Command, 'accepted' | 'rejected'][] = [
  [send('INV-1'), 'rejected'], // no such invoice yet
  [create('INV-1'), 'accepted'],
  [create('INV-1'), 'rejected'], // exists already
  [send('INV-1'), 'rejected'], // no lines
  [addLine('INV-1', 10000), 'accepted'],
  [addLine('INV-1', 2500), 'accepted'],
  [addLine('INV-1', 0), 'rejected'], // a line has a positive amount
  [pay('INV-1', 5000), 'rejected'], // not sent yet
  [send('INV-1'), 'accepted'],
  [addLine('INV-1', 100), 'rejected'], // sent: no more lines
  [send('INV-1'), 'rejected'], // sent already
  [pay('INV-1', 5000), 'accepted'],
  [pay('INV-1', 8000), 'rejected'], // 7500 is owed
  [pay('INV-1', 7500), 'accepted'],
  [pay('INV-1', 1), 'rejected'], // paid in full
];

/** Runs commands one stream per invoice, appending what is accepted; returns what happened and every event in order. */
function runCommands(decider: AnyDecider, commands: Command[]) {
  const streams = new Map<string, Event[]>();
  const log: Event[] = [];
  const outcomes = commands.map((command) => {
    const id = String((command.data as { invoiceId?: unknown }).invoiceId);
    const stream = streams.get(id) ?? [];
    const outcome = decideOutcome(decider, stream, command);
    if ('events' in outcome) {
      streams.set(id, [...stream, ...outcome.events]);
      log.push(...outcome.events);
      return { command, result: 'accepted', events: outcome.events };
    }
    return { command, result: 'rejectedWith' in outcome ? 'rejected' : `threw ${outcome.threw}`, events: [] as Event[] };
  });
  return { outcomes, log };
}

/** "5. AddLine 10000: accepted": short enough that a difference reads at a glance. */
function label(command: Command, result: string, index: number): string {
  const amount = (command.data as { amountCents?: unknown }).amountCents;
  return `${index + 1}. ${command.type}${typeof amount === 'number' ? ` ${amount}` : ''}: ${result}`;
}

function outstandingView(learner: LearnerModule, events: Event[]): unknown {
  const projection = exportedObject<Projection<unknown, Event>>(learner, 'outstanding');
  if (typeof projection.evolve !== 'function' || !Array.isArray(projection.canHandle)) {
    throw new TypeError('outstanding needs canHandle, initialState() and evolve(view, event).');
  }
  return project(projection, events);
}

/** Generic wrong versions of the learner's own decider: their specs must notice each. */
function neverRejects(decider: AnyDecider): AnyDecider {
  return {
    ...decider,
    decide: (command, state) => {
      try {
        return decider.decide(command, state);
      } catch (error) {
        if (error instanceof DomainError || (error instanceof Error && error.name === 'DomainError')) return [];
        throw error;
      }
    },
  };
}
const forgetsHistory = (decider: AnyDecider): AnyDecider => ({ ...decider, evolve: (state) => state });

export const sample: Event[] = [
  { type: 'InvoiceCreated', data: { invoiceId: 'INV-1', customer: 'Hygge ApS' } },
  { type: 'LineAdded', data: { invoiceId: 'INV-1', description: 'Bookkeeping', amountCents: 10000 } },
  { type: 'LineAdded', data: { invoiceId: 'INV-1', description: 'Payroll', amountCents: 2500 } },
  { type: 'InvoiceSent', data: { invoiceId: 'INV-1', totalCents: 12500 } },
  { type: 'PaymentRecorded', data: { invoiceId: 'INV-1', amountCents: 5000 } },
];

export const checks: ExerciseCheck[] = [
  {
    given: 'the life of invoice INV-1, fifteen commands',
    when: 'each goes to your decider in turn (accepted ones are appended)',
    then: 'the rules accept and reject exactly as the statement says',
    run: (learner) => {
      const { outcomes } = runCommands(learnerDecider(learner), story.map(([command]) => command));
      return {
        expected: story.map(([command, result], index) => label(command, result, index)),
        actual: outcomes.map(({ command, result }, index) => label(command, result, index)),
      };
    },
  },
  {
    given: 'the events your decider recorded for INV-1',
    when: 'reading them as facts',
    then: 'each accepted command recorded something, in plain data, named as a fact and not as a command',
    run: (learner) => {
      const { outcomes } = runCommands(learnerDecider(learner), story.map(([command]) => command));
      const problems = outcomes.flatMap(({ command, result, events }) => {
        if (result !== 'accepted') return [];
        if (events.length === 0) return [`${command.type} was accepted but recorded no event`];
        return events.flatMap((event) => {
          const found: string[] = [];
          if (typeof event.type !== 'string' || !/^[A-Z][A-Za-z]+$/.test(event.type)) found.push(`event type ${JSON.stringify(event.type)} is not a PascalCase name`);
          else if (COMMAND_VERBS.test(event.type)) found.push(`${event.type} reads like a command: name the fact, in the past tense`);
          if (JSON.stringify(event.data) === undefined || JSON.stringify(JSON.parse(JSON.stringify(event.data ?? null))) !== JSON.stringify(event.data)) {
            found.push(`${event.type}'s data is not plain JSON data`);
          }
          if ((event.data as { invoiceId?: unknown } | null)?.invoiceId !== (command.data as { invoiceId: string }).invoiceId) {
            found.push(`${event.type} does not carry its invoiceId`);
          }
          return found;
        });
      });
      return { expected: [], actual: [...new Set(problems)] };
    },
  },
  {
    given: 'INV-1 sent and partly paid, INV-2 still a draft, INV-3 sent and paid in full (their events interleaved)',
    when: 'projecting outstanding over every event',
    then: 'only INV-1 is listed, with the 7500 cents still owed',
    run: (learner) => {
      const { log } = runCommands(learnerDecider(learner), [
        create('INV-1'), create('INV-2'), create('INV-3'),
        addLine('INV-1', 12500), addLine('INV-2', 900), addLine('INV-3', 3000),
        send('INV-3'), send('INV-1'), pay('INV-1', 5000), pay('INV-3', 1000), pay('INV-3', 2000),
      ]);
      return { expected: { 'INV-1': 7500 }, actual: outstandingView(learner, log) };
    },
  },
  {
    given: 'your specs',
    when: 'counting them',
    then: 'there are at least six, and at least three expect a rejection',
    run: (learner) => {
      const specs = learnerSpecs(learner);
      const rejections = specs.filter((spec) => typeof spec.then === 'object' && spec.then !== null && !Array.isArray(spec.then) && 'error' in spec.then).length;
      const observation: Observation = { expected: { atLeastSix: true, atLeastThreeRejections: true }, actual: { atLeastSix: specs.length >= 6, atLeastThreeRejections: rejections >= 3 } };
      observation.explanation = `You have ${specs.length} spec(s), ${rejections} of them expecting { error: ... }.`;
      return observation;
    },
  },
  specsPassCheck((learner) => learnerDecider(learner), 'specs', 'your decider'),
  mutantCaughtCheck({ wrong: 'is yours, but never rejects anything (DomainErrors become "no events")', decider: (learner) => neverRejects(learnerDecider(learner)) }),
  mutantCaughtCheck({ wrong: 'is yours, but its evolve ignores every event', decider: (learner) => forgetsHistory(learnerDecider(learner)) }),
];
