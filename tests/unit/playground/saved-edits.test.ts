import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clearSaved, parseSaved, readSaved, savedKey, writeSaved, type KeyValueStore } from '../../../src/components/playground/saved-edits.ts';

function memoryStore(): KeyValueStore & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, value),
    removeItem: (key) => void map.delete(key),
  };
}

test('edits are saved per example and read back', () => {
  const store = memoryStore();
  assert.ok(writeSaved(store, 'bank-account', { code: 'c', events: '[]', position: 3 }));
  assert.deepEqual(readSaved(store, 'bank-account'), { kind: 'ok', saved: { v: 1, code: 'c', events: '[]', position: 3 } });
  assert.deepEqual(readSaved(store, 'counter'), { kind: 'none' });
  clearSaved(store, 'bank-account');
  assert.deepEqual(readSaved(store, 'bank-account'), { kind: 'none' });
});

test('corrupted saved state is reported, not thrown', () => {
  for (const raw of ['{', '[]', 'null', '{"v":2,"code":"","events":""}', '{"v":1,"code":1,"events":""}', '"text"']) {
    assert.equal(parseSaved(raw).kind, 'corrupt', raw);
  }
});

test('a missing or odd position falls back to 0', () => {
  const result = parseSaved('{"v":1,"code":"x","events":"[]","position":"9"}');
  assert.deepEqual(result, { kind: 'ok', saved: { v: 1, code: 'x', events: '[]', position: 0 } });
});

test('a store that throws (full, disabled) never breaks the page', () => {
  const throwing: KeyValueStore = {
    getItem: () => { throw new Error('SecurityError'); },
    setItem: () => { throw new Error('QuotaExceededError'); },
    removeItem: () => { throw new Error('SecurityError'); },
  };
  assert.deepEqual(readSaved(throwing, 'x'), { kind: 'none' });
  assert.equal(writeSaved(throwing, 'x', { code: '', events: '', position: 0 }), false);
  assert.doesNotThrow(() => clearSaved(throwing, 'x'));
  assert.equal(readSaved(null, 'x').kind, 'none');
});

test('keys carry the example id', () => {
  assert.equal(savedKey('jet-cart'), 'esi.playground.v1.jet-cart');
});
