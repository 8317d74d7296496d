// What one window of the talk accepts from another over the BroadcastChannel:
// any page of the origin can post there, so a wrong shape is dropped, never applied.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readMessage } from '../../../src/components/presenter/sync-protocol.ts';

const state = { type: 'state', slide: 3, step: 1, stepCount: 2, total: 30, blackout: false, hello: true, page: 'p1', applied: { presenter: 'abc', id: 4 } };
const intent = { type: 'intent', presenter: 'abc', id: 5, action: 'goto', slide: 12, step: 0 };
const demo = { type: 'demo', slide: 6, demo: 'counter', label: 'Time travel', position: 3, max: 9, clock: 2, origin: 'w1' };

test('each kind of message is read back as sent', () => {
  assert.deepEqual(readMessage(state), state);
  assert.deepEqual(readMessage({ ...state, applied: null }), { ...state, applied: null });
  assert.deepEqual(readMessage(intent), intent);
  assert.deepEqual(readMessage({ type: 'intent', presenter: 'abc', id: 6, action: 'next' }), { type: 'intent', presenter: 'abc', id: 6, action: 'next' });
  assert.deepEqual(readMessage(demo), demo);
  assert.deepEqual(readMessage({ type: 'bye', page: 'p1' }), { type: 'bye', page: 'p1' });
  assert.deepEqual(readMessage({ type: 'where' }), { type: 'where' });
  assert.deepEqual(readMessage({ type: 'demo-where', slide: 6, demo: '*' }), { type: 'demo-where', slide: 6, demo: '*' });
});

test('fields the protocol does not have are left behind', () => {
  assert.deepEqual(readMessage({ ...intent, evil: '<img onerror=alert(1)>' }), intent);
  assert.deepEqual(readMessage({ type: 'where', slide: 99 }), { type: 'where' });
});

test('anything that is not a message of the protocol is dropped', () => {
  for (const data of [null, undefined, 42, 'state', [], {}, { type: 7 }, { type: 'hello' }]) {
    assert.equal(readMessage(data), null, JSON.stringify(data));
  }
});

test('a message with a missing or mistyped field is dropped', () => {
  const broken: unknown[] = [
    { ...state, slide: '3' },
    { ...state, step: Number.NaN },
    { ...state, blackout: 'no' },
    { ...state, hello: undefined },
    { ...state, page: undefined },
    { ...state, applied: { presenter: 'abc' } },
    { ...state, applied: 'abc:4' },
    { ...intent, action: 'explode' },
    { ...intent, id: '5' },
    { ...intent, slide: 'twelve' },
    { ...intent, step: Infinity },
    { ...demo, clock: '2' },
    { ...demo, origin: 1 },
    { ...demo, label: undefined },
    { type: 'bye' },
    { type: 'demo-where', slide: 6 },
  ];
  for (const data of broken) assert.equal(readMessage(data), null, JSON.stringify(data));
});
