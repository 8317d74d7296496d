import { createKeyStore, deepFreeze, project, type Event, type KeyStore, type Projection } from '#engine';
import { exportedFunction, exportedObject, type ExerciseCheck, type LearnerModule } from '../kit.ts';

const registered = (customerId: string, name: string, email: string): Event => ({ type: 'CustomerRegistered', data: { customerId, name, email } });
const paid = (customerId: string, paymentId: string, amountCents: number): Event => ({ type: 'PaymentMade', data: { customerId, paymentId, amountCents } });
const forgotten = (customerId: string): Event => ({ type: 'CustomerForgotten', data: { customerId } });

const history: Event[] = [
  registered('cust-1', 'Ana Schmidt', 'ana@example.com'),
  registered('cust-2', 'Bo Berg', 'bo@example.com'),
  paid('cust-1', 'pay-1', 5000),
  paid('cust-2', 'pay-2', 1200),
  paid('cust-1', 'pay-3', 2500),
];

export const sample: Event[] = [...history, forgotten('cust-1')];

type Transform = (event: Event, keys: KeyStore) => Event;
const fn = (learner: LearnerModule, name: 'protect' | 'reveal') => exportedFunction<Transform>(learner, name);

function customersView(learner: LearnerModule, events: Event[]): unknown {
  const projection = exportedObject<Projection<unknown, Event>>(learner, 'customers');
  if (typeof projection.evolve !== 'function' || !Array.isArray(projection.canHandle)) {
    throw new TypeError('customers needs canHandle, initialState() and evolve(view, event).');
  }
  return project(projection, events);
}

/** What the event store holds: each event as protect() made it, frozen like any stored fact. */
function stored(learner: LearnerModule, keys: KeyStore, events: Event[]): Event[] {
  return events.map((event) => deepFreeze(fn(learner, 'protect')(deepFreeze(structuredClone(event)), keys)));
}
const revealAll = (learner: LearnerModule, keys: KeyStore, events: Event[]) => events.map((event) => fn(learner, 'reveal')(event, keys));

const bo = { name: 'Bo Berg', email: 'bo@example.com', paidCents: 1200 };
const anaForgotten = { name: 'Forgotten customer', email: null, paidCents: 7500 };

export const checks: ExerciseCheck[] = [
  {
    given: "Ana's CustomerRegistered",
    when: 'it is protected for storing',
    then: 'neither her name nor her e-mail can be read in it, but her customer id can',
    run: (learner) => {
      const [event] = stored(learner, createKeyStore(), [history[0] as Event]);
      const text = JSON.stringify(event);
      return {
        expected: { type: 'CustomerRegistered', customerId: 'cust-1', showsName: false, showsEmail: false },
        actual: {
          type: event?.type,
          customerId: (event?.data as { customerId?: unknown } | undefined)?.customerId,
          showsName: text.includes('Ana Schmidt'),
          showsEmail: text.includes('ana@example.com'),
        },
      };
    },
  },
  {
    given: 'the stored history of two customers',
    when: 'revealing every event',
    then: 'each event reads exactly as it was written',
    run: (learner) => {
      const keys = createKeyStore();
      return { expected: history, actual: revealAll(learner, keys, stored(learner, keys, history)) };
    },
  },
  {
    given: "Ana asked to be forgotten, so her key was deleted (the events stay as they are)",
    when: 'the customer list is rebuilt from the stored events',
    then: 'Ana shows as a forgotten customer whose payments still add up; Bo is untouched',
    run: (learner) => {
      const keys = createKeyStore();
      const log = stored(learner, keys, history);
      keys.forget('cust-1');
      return { expected: { 'cust-1': anaForgotten, 'cust-2': bo }, actual: customersView(learner, revealAll(learner, keys, log)) };
    },
  },
  {
    given: 'a customer list built while Ana was readable',
    when: 'CustomerForgotten cust-1 arrives (live, no rebuild)',
    then: 'the list no longer shows her name or e-mail',
    run: (learner) => {
      const keys = createKeyStore();
      const readable = revealAll(learner, keys, stored(learner, keys, history));
      keys.forget('cust-1');
      return {
        expected: { 'cust-1': anaForgotten, 'cust-2': bo },
        actual: customersView(learner, [...readable, ...stored(learner, keys, [forgotten('cust-1')])]),
      };
    },
  },
];
