// The worker's global scope loses network, storage and messaging APIs
// before learner code runs; what remains explains itself.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { blockApis, blockedMessage } from '../../../playground/runner/blocked-apis.ts';

test('network and messaging APIs throw a plain-words error; storage cannot be read', () => {
  const scope: Record<string, unknown> = {
    fetch: () => 'sent',
    XMLHttpRequest: class {},
    WebSocket: class {},
    importScripts: () => undefined,
    BroadcastChannel: class {},
    postMessage: () => undefined,
    Math,
  };
  const sealed = blockApis(scope);
  for (const name of ['fetch', 'XMLHttpRequest', 'WebSocket', 'importScripts', 'BroadcastChannel', 'postMessage', 'localStorage', 'indexedDB']) {
    assert.ok(sealed.includes(name), name);
  }
  assert.throws(() => (scope.fetch as () => unknown)(), { message: blockedMessage('fetch') });
  assert.throws(() => scope.localStorage, /`localStorage` is not available here/);
  // Sealed for good: learner code cannot put them back.
  assert.throws(() => Object.defineProperty(scope, 'fetch', { value: () => 'again' }), TypeError);
  assert.equal(scope.Math, Math);
  assert.ok(!('Worker' in scope) || sealed.includes('Worker'));
});
