// The worker's side of the protocol, called directly in Node: what the page
// asks for (state at k, pages of events, commands, checks) and what it gets
// when the learner's code is wrong. Projections: projections-at.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createSession } from '../../../playground/runner/session.ts';
import type { Message } from '../../../playground/runner/protocol.ts';
import { account, random, stream } from './session-fixtures.ts';

function fullFold(events: readonly Message[], k: number): number {
  let balance = 0;
  for (const event of events.slice(0, k)) {
    const amount = (event.data as { amount: number }).amount;
    balance += event.type === 'Deposited' ? amount : -amount;
  }
  return balance;
}

test('state at k from snapshots equals the full fold, for random k on random streams', () => {
  const next = random(42);
  for (let round = 0; round < 20; round++) {
    const session = createSession();
    assert.ok(session.load(account).ok);
    const events = stream(Math.floor(next() * 600), next);
    const every = 1 + Math.floor(next() * 50);
    assert.deepEqual(session.setEvents(events, { snapshotEvery: every }), { ok: true, count: events.length });
    for (let probe = 0; probe < 15; probe++) {
      const k = Math.floor(next() * (events.length + 1));
      const at = session.stateAt(k);
      assert.ok(at.ok, JSON.stringify(at));
      if (!at.ok) return;
      assert.equal((at.state as { balance: number }).balance, fullFold(events, k), `round ${round}, k ${k}`);
      assert.ok(at.eventsRead < every, `at most N - 1 evolve calls (read ${at.eventsRead}, N ${every})`);
      assert.equal(at.fromSnapshot + at.eventsRead, k);
    }
  }
});

test('state at k names the last event and what it changed', () => {
  const session = createSession();
  session.load(account);
  session.setEvents([{ type: 'Deposited', data: { amount: 5 } }, { type: 'Withdrawn', data: { amount: 2 } }]);
  const at = session.stateAt(2);
  assert.ok(at.ok);
  if (!at.ok) return;
  assert.deepEqual(at.state, { balance: 3, log: [] });
  assert.equal(at.lastEvent?.type, 'Withdrawn');
  assert.deepEqual(at.changedPaths, ['$.balance']);
  const start = session.stateAt(0);
  assert.ok(start.ok && start.lastEvent === undefined);
  const clamped = session.stateAt(99);
  assert.ok(clamped.ok && clamped.position === 2);
});

test('a throw in evolve names the event index, type and line; states before it still answer', () => {
  const session = createSession();
  session.load(account);
  const events: Message[] = [...stream(30, random(1)), { type: 'Deposited', data: { amount: 13 } }, ...stream(5, random(2))];
  session.setEvents(events, { snapshotEvery: 8 });
  const before = session.stateAt(30);
  assert.ok(before.ok);
  const after = session.stateAt(31);
  assert.equal(after.ok, false);
  if (after.ok) return;
  assert.equal(after.error.kind, 'runtime');
  assert.equal(after.error.eventIndex, 30);
  assert.equal(after.error.eventType, 'Deposited');
  assert.equal(after.error.line, 7);
  assert.match(after.error.message, /unlucky amount/);
});

test('an evolve that mutates its state is stopped where it mutates', () => {
  const session = createSession();
  session.load(`export const decider = {
  initialState: () => ({ items: [] as string[] }),
  evolve: (s: { items: string[] }, e: { type: string }) => { s.items.push(e.type); return s; },
  decide: () => [],
};`);
  session.setEvents([{ type: 'A', data: {} }]);
  const at = session.stateAt(1);
  assert.equal(at.ok, false);
  if (!at.ok) {
    assert.equal(at.error.line, 3);
    assert.equal(at.error.eventIndex, 0);
  }
});

test('a state that cannot cross is not-serializable, naming the path', () => {
  const session = createSession();
  session.load('export const decider = { initialState: () => ({ onChange: () => 1 }), evolve: (s: unknown) => s, decide: () => [] };');
  session.setEvents([]);
  const at = session.stateAt(0);
  assert.equal(at.ok, false);
  if (!at.ok) {
    assert.equal(at.error.kind, 'not-serializable');
    assert.equal(at.error.path, 'state.onChange');
  }
});

test('invalid events JSON reports line and column; the previous events stay', () => {
  const session = createSession();
  session.load(account);
  session.setEvents([{ type: 'Deposited', data: { amount: 1 } }]);
  const bad = session.setEvents('[\n  {"type": "Deposited", "data": {"amount": 1}}\n  {"type": "Withdrawn"}\n]');
  assert.equal(bad.ok, false);
  if (!bad.ok) assert.deepEqual([bad.error.kind, bad.error.line, bad.error.column], ['invalid-input', 3, 3]);
  const at = session.stateAt(1);
  assert.ok(at.ok);
});

test('eventsPage sends only the window asked for', () => {
  const session = createSession();
  session.load(account);
  session.setEvents(stream(5000, random(3)));
  const page = session.eventsPage(100, 150);
  assert.ok(page.ok);
  if (!page.ok) return;
  assert.equal(page.events.length, 50);
  assert.equal(page.count, 5000);
  const capped = session.eventsPage(0, 5000);
  assert.ok(capped.ok && capped.events.length === 2000);
});

test('commands: appended, rejected with its invariant, conflict on a stale version', () => {
  const session = createSession();
  session.load(account);
  session.setEvents([{ type: 'Deposited', data: { amount: 10 }, metadata: { streamName: 'account-1' } }]);
  const rejected = session.runCommand({ type: 'Withdraw', data: { amount: 50 } });
  assert.ok(rejected.ok && rejected.outcome === 'rejected');
  if (rejected.ok && rejected.outcome === 'rejected') {
    assert.equal(rejected.invariant, 'balance may not go below zero');
    assert.equal(rejected.line, 14);
  }
  const first = session.runCommand({ type: 'Withdraw', data: { amount: 4 } }, { expectedStreamVersion: 1, metadata: { by: 'ada' } });
  assert.ok(first.ok && first.outcome === 'appended');
  if (first.ok && first.outcome === 'appended') {
    assert.equal(first.streamVersion, 2);
    assert.deepEqual(
      { ...first.events[0]?.metadata, recordedAt: 'x' },
      { by: 'ada', streamName: 'account-1', streamVersion: 2, globalPosition: 2, recordedAt: 'x' },
    );
  }
  const second = session.runCommand({ type: 'Deposit', data: { amount: 1 } }, { expectedStreamVersion: 1 });
  assert.ok(second.ok && second.outcome === 'conflict');
  if (second.ok && second.outcome === 'conflict') assert.equal(second.actual, 2);
  const retry = session.runCommand({ type: 'Deposit', data: { amount: 1 } }, { expectedStreamVersion: 2 });
  assert.ok(retry.ok && retry.outcome === 'appended');
  const at = session.stateAt(3);
  assert.ok(at.ok && (at.state as { balance: number }).balance === 7);
  const projections = session.projectionsAt(3);
  assert.ok(projections.ok && projections.projections[0]?.view === 2);
  const broken = session.runCommand({ type: 'Explode', data: { amount: 1 } });
  assert.equal(broken.ok, false);
  if (!broken.ok) assert.deepEqual([broken.error.kind, broken.error.line], ['runtime', 12]);
  const garbage = session.runCommand({ nope: true });
  assert.ok(!garbage.ok && garbage.error.kind === 'invalid-input');
});

test('an evolve that throws on a decided event appends nothing', () => {
  const session = createSession();
  session.load(account);
  session.setEvents([]);
  const result = session.runCommand({ type: 'Deposit', data: { amount: 13 } });
  assert.equal(result.ok, false);
  if (!result.ok) assert.equal(result.error.eventIndex, 0);
  const page = session.eventsPage(0, 10);
  assert.ok(page.ok && page.count === 0);
});

test('upcasters raise old events on read; stored events stay unchanged', () => {
  const session = createSession();
  session.load(`export const decider = { initialState: () => 0, evolve: (s: number, e: { data: { cents: number } }) => s + e.data.cents, decide: () => [] };
export const upcasters = [{ eventType: 'Paid', fromVersion: 1, upcast: (e: { type: string; data: { euros: number } }) => ({ type: e.type, data: { cents: e.data.euros * 100 } }) }];`);
  const stored: Message[] = [
    { type: 'Paid', data: { euros: 2 } },
    { type: 'Paid', data: { cents: 50 }, metadata: { schemaVersion: 2 } },
  ];
  session.setEvents(structuredClone(stored));
  const at = session.stateAt(2);
  assert.ok(at.ok && at.state === 250);
  const page = session.eventsPage(0, 2);
  assert.ok(page.ok);
  if (page.ok) {
    assert.deepEqual(page.events, stored);
    assert.deepEqual(page.read?.map((e) => e.data), [{ cents: 200 }, { cents: 50 }]);
  }
});

test('nothing throws across the boundary, whatever comes in', () => {
  const session = createSession();
  const inputs: unknown[] = [undefined, null, 42, 'text', {}, [], Symbol.for('x')];
  for (const input of inputs) {
    for (const call of [
      () => session.load(input as string),
      () => session.setEvents(input as string),
      () => session.stateAt(input as number),
      () => session.eventsPage(input as number, input as number),
      () => session.projectionsAt(input as number),
      () => session.runCommand(input),
      () => session.rebuildProjection(input as string),
    ]) {
      const reply = call();
      assert.equal(typeof reply.ok, 'boolean');
      if (!reply.ok) assert.equal(typeof reply.error.message, 'string');
    }
  }
});

test('a session handed no exercise runner says so instead of checking anything', async () => {
  const session = createSession();
  session.load(account);
  const reply = await session.runExercise('fold-a-stream');
  assert.equal(reply.ok, false);
  if (!reply.ok) assert.equal(reply.error.kind, 'invalid-input');
});
