// The playground page's store: named actions applied by one pure function,
// and subscriptions that end with their AbortSignal.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AT_END, openedState, reducePage } from '../../../src/components/playground/page-actions.ts';
import { createPageStore } from '../../../src/components/playground/store.ts';
import type { PageState } from '../../../src/components/playground/page-state.ts';

const meta = { id: 'counter', streamName: 'counter-1' } as PageState['meta'];
const other = { id: 'bank-account', streamName: 'account-1' } as PageState['meta'];
const original = { code: 'export const decider = {};', events: '[\n  {"type":"Incremented","data":{}},\n  {"type":"Incremented","data":{}}\n]\n' };
const event = (type: string) => ({ type, data: {} });

test('an example opens on its own events, at the end, with no skips', () => {
  const state = openedState(meta, original, null);
  assert.equal(state.code, original.code);
  assert.equal(state.events.length, 2);
  assert.equal(state.position, AT_END);
  assert.equal(state.generated, false);
  assert.equal(state.skipped.size, 0);
});

test('saved text opens where the learner left it; text that is not an array keeps the shipped events', () => {
  const saved = openedState(meta, original, { code: 'mine', events: '[]', position: 0 });
  assert.deepEqual([saved.code, saved.events.length, saved.position], ['mine', 0, 0]);
  const broken = openedState(meta, original, { code: 'mine', events: '[{"type":' });
  assert.equal(broken.eventsText, '[{"type":');
  assert.equal(broken.events.length, 2);
});

test('actions never change the state they are given', () => {
  const before = openedState(meta, original, null);
  const frozen = structuredClone({ ...before, skipped: [...before.skipped] });
  let state = reducePage(before, { type: 'skip-event', index: 0, skip: true });
  state = reducePage(state, { type: 'append-events', events: [event('Incremented')] });
  state = reducePage(state, { type: 'set-position', position: 1 });
  state = reducePage(state, { type: 'edit', code: 'changed', eventsText: '[]' });
  assert.deepEqual({ ...before, skipped: [...before.skipped] }, frozen);
  assert.notEqual(state, before);
});

test('skipping and un-skipping an event is a new set each time', () => {
  const start = openedState(meta, original, null);
  const skipped = reducePage(start, { type: 'skip-event', index: 1, skip: true });
  assert.deepEqual([...skipped.skipped], [1]);
  const back = reducePage(skipped, { type: 'skip-event', index: 1, skip: false });
  assert.deepEqual([...back.skipped], []);
  assert.deepEqual([...skipped.skipped], [1]);
});

test('appended events join the typed text and move the slider to the new end', () => {
  const state = reducePage(openedState(meta, original, null), { type: 'append-events', events: [event('Decremented')] });
  assert.equal(state.events.length, 3);
  assert.equal(state.position, 3);
  assert.match(state.eventsText, /"Decremented"/);
  assert.equal(JSON.parse(state.eventsText).length, 3);
});

test('a generated stream replaces the text, and an edit then changes only the code', () => {
  const events = Array.from({ length: 5 }, () => event('MoneyDeposited'));
  let state = reducePage(openedState(meta, original, null), { type: 'skip-event', index: 0, skip: true });
  state = reducePage(state, { type: 'load-generated-stream', events });
  assert.deepEqual([state.generated, state.eventsText, state.position, state.skipped.size], [true, '', 5, 0]);
  state = reducePage(state, { type: 'edit', code: 'new code', eventsText: 'ignored' });
  assert.deepEqual([state.code, state.eventsText, state.events.length], ['new code', '', 5]);
  // Appending to a generated stream leaves its (empty) text alone.
  state = reducePage(state, { type: 'append-events', events: [event('MoneyWithdrawn')] });
  assert.deepEqual([state.eventsText, state.events.length], ['', 6]);
});

test('the typed events follow the text once the worker took it, unless skips or a generated stream hold them', () => {
  let state = reducePage(openedState(meta, original, null), { type: 'edit', code: original.code, eventsText: '[{"type":"Reset","data":{}}]' });
  assert.equal(state.events.length, 2, 'an edit alone does not re-read the events: the worker has not taken them yet');
  state = reducePage(state, { type: 'events-sent' });
  assert.deepEqual(state.events.map((e) => e.type), ['Reset']);
  const skipping = reducePage(reducePage(state, { type: 'skip-event', index: 0, skip: true }), { type: 'edit', code: '', eventsText: '[]' });
  assert.equal(reducePage(skipping, { type: 'events-sent' }), skipping);
});

test('settling the stream drops skips and a position past its end', () => {
  let state = reducePage(openedState(meta, original, null), { type: 'skip-event', index: 1, skip: true });
  state = reducePage(state, { type: 'skip-event', index: 7, skip: true });
  state = reducePage(state, { type: 'settle-stream' });
  assert.deepEqual([...state.skipped], [1]);
  assert.equal(state.position, 2);
});

test('opening another example starts it afresh but keeps the page settings (lag, snapshots)', () => {
  let state = reducePage(openedState(meta, original, null), { type: 'set-lag', lag: 3 });
  state = reducePage(state, { type: 'set-snapshot-every', every: 10 });
  state = reducePage(state, { type: 'load-generated-stream', events: [event('MoneyDeposited')] });
  state = reducePage(state, { type: 'open-example', meta: other, original, text: null });
  assert.deepEqual([state.meta.id, state.generated, state.lag, state.snapshotEvery, state.events.length], ['bank-account', false, 3, 10, 2]);
});

test('the store tells subscribers what changed, and forgets them when their signal aborts', () => {
  const store = createPageStore(openedState(meta, original, null));
  const seen: string[] = [];
  const scope = new AbortController();
  store.subscribe((state, previous, action) => seen.push(`${action.type}:${previous.position}->${state.position}`), scope.signal);
  store.dispatch({ type: 'set-position', position: 1 });
  scope.abort();
  store.dispatch({ type: 'set-position', position: 2 });
  assert.deepEqual(seen, [`set-position:${AT_END}->1`]);
  assert.equal(store.state.position, 2);
});

test('an action that leaves the state as it was wakes no subscriber; a stopped one hears nothing more', () => {
  const store = createPageStore(reducePage(openedState(meta, original, null), { type: 'skip-event', index: 0, skip: true }));
  let calls = 0;
  const stop = store.subscribe(() => (calls += 1));
  store.dispatch({ type: 'events-sent' }); // skips hold the events: nothing to re-read
  assert.equal(calls, 0);
  store.dispatch({ type: 'set-lag', lag: 1 });
  assert.equal(calls, 1);
  stop();
  store.dispatch({ type: 'set-lag', lag: 2 });
  assert.equal(calls, 1);
});
