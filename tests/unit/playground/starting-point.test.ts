// Which example the playground opens and with which text: a share link wins,
// then ?example=, then the default; saved edits fill in when no link is given.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pickStartingExample, savedText } from '../../../src/components/playground/starting-point.ts';
import { writeSaved, savedKey, type KeyValueStore } from '../../../src/components/playground/saved-edits.ts';
import type { ExampleId, ExampleMeta } from '../../../playground/examples/catalog.ts';

const metas = new Map<ExampleId, ExampleMeta>([
  ['counter', { id: 'counter', title: 'Counter' } as ExampleMeta],
  ['bank-account', { id: 'bank-account', title: 'Bank account' } as ExampleMeta],
]);
const share = (example: string) => ({ ok: true as const, state: { v: 1 as const, example, code: 'shared code', events: '[]', position: 2 } });

function memoryStore(): KeyValueStore {
  const map = new Map<string, string>();
  return { getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v), removeItem: (k) => void map.delete(k) };
}

test('a share link wins over ?example= and brings its text', () => {
  const start = pickStartingExample(share('bank-account'), 'counter', metas);
  assert.equal(start.id, 'bank-account');
  assert.equal(start.shared?.code, 'shared code');
  assert.deepEqual(start.notices, []);
  assert.equal(start.dropHash, false);
});

test('an unreadable link, an unknown shared example and an unknown ?example= each say so and open an example', () => {
  const broken = pickStartingExample({ ok: false, reason: 'it was cut short' }, 'bank-account', metas);
  assert.equal(broken.id, 'bank-account');
  assert.equal(broken.dropHash, true);
  assert.match(broken.linkNotice ?? '', /could not be read \(it was cut short\)\. Showing the Bank account example/);
  const unknownShared = pickStartingExample(share('mars-rover'), null, metas);
  assert.equal(unknownShared.shared, null);
  assert.match(unknownShared.linkNotice ?? '', /"mars-rover" does not exist here/);
  const unknownWanted = pickStartingExample(null, 'nope', metas);
  assert.equal(unknownWanted.id, 'counter');
  assert.match(unknownWanted.notices[0] ?? '', /There is no example "nope"/);
});

test('saved edits come back; corrupted ones are removed with a notice', () => {
  const store = memoryStore();
  assert.deepEqual(savedText(store, 'counter'), { text: null, notice: null });
  writeSaved(store, 'counter', { code: 'mine', events: '[]', position: 4 });
  assert.equal(savedText(store, 'counter').text?.code, 'mine');
  store.setItem(savedKey('bank-account'), '{"v":1,"code":');
  const corrupt = savedText(store, 'bank-account');
  assert.equal(corrupt.text, null);
  assert.match(corrupt.notice ?? '', /could not be read/);
  assert.equal(store.getItem(savedKey('bank-account')), null, 'the notice shows once');
});
