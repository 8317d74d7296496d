// One time-travel move asks the worker once: momentAt answers with the state,
// every projection and the state one event earlier, and each part matches
// what the separate calls say.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createSession } from '../../../playground/runner/session.ts';

const code = `
type State = { balance: number; owner: string };
export const decider = {
  initialState: (): State => ({ balance: 0, owner: 'Ada' }),
  evolve: (s: State, e: { type: string; data: { amount: number } }): State =>
    ({ ...s, balance: s.balance + (e.type === 'Deposited' ? e.data.amount : -e.data.amount) }),
  decide: () => [],
};
export const projections = [
  { name: 'deposits', canHandle: ['Deposited'], initialState: () => 0, evolve: (n: number) => n + 1 },
];
`;
const events = Array.from({ length: 30 }, (_, i) => ({ type: i % 3 ? 'Deposited' : 'Withdrawn', data: { amount: i + 1 } }));

test('momentAt gives the same state and projections as stateAt and projectionsAt, in one answer', () => {
  const session = createSession();
  assert.ok(session.load(code).ok);
  assert.ok(session.setEvents(events).ok);
  for (const k of [0, 1, 17, 30]) {
    const moment = session.momentAt(k, { lag: { deposits: 4 } });
    const state = session.stateAt(k);
    const views = session.projectionsAt(k, { lag: { deposits: 4 } });
    assert.ok(moment.ok && state.ok && views.ok);
    if (!moment.ok || !state.ok || !views.ok) return;
    assert.deepEqual(moment.state, state.state);
    assert.equal(moment.eventsRead, state.eventsRead);
    assert.deepEqual(moment.changedPaths, state.changedPaths);
    assert.deepEqual(moment.projections, views.projections);
  }
});

test('momentAt carries the state one event earlier, for the before/after list', () => {
  const session = createSession();
  session.load(code);
  session.setEvents(events);
  const at17 = session.momentAt(17);
  const at16 = session.stateAt(16);
  assert.ok(at17.ok && at16.ok);
  if (!at17.ok || !at16.ok) return;
  assert.deepEqual(at17.previousState, at16.state);
  assert.deepEqual(at17.changedPaths, ['$.balance']);
  const start = session.momentAt(0);
  assert.ok(start.ok && start.previousState === undefined, 'no event applied: nothing before');
});

test('momentAt reports a failing evolve like stateAt, and a bad position as invalid input', () => {
  const session = createSession();
  session.load(code.replace("initialState: () => 0, evolve: (n: number) => n + 1", "initialState: () => 0, evolve: () => { throw new Error('projection broke'); }"));
  session.setEvents(events);
  const broken = session.momentAt(5);
  assert.equal(broken.ok, false);
  if (!broken.ok) assert.match(broken.error.message, /projection broke/);
  const bad = session.momentAt(Number.NaN);
  assert.ok(!bad.ok && bad.error.kind === 'invalid-input');
});

test('each projection says what the event at its checkpoint changed, and nothing when it does not handle it', () => {
  const session = createSession();
  session.load(code);
  session.setEvents(events);
  // events[0] is Withdrawn (i % 3 === 0), events[1] is Deposited.
  const afterWithdrawal = session.projectionsAt(1);
  const afterDeposit = session.projectionsAt(2);
  assert.ok(afterWithdrawal.ok && afterDeposit.ok);
  if (!afterWithdrawal.ok || !afterDeposit.ok) return;
  assert.deepEqual(afterWithdrawal.projections[0]?.changedPaths, [], 'deposits ignores a withdrawal');
  assert.deepEqual(afterDeposit.projections[0]?.changedPaths, ['$'], 'the count itself changed');
});
