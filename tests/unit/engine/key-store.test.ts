import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createKeyStore, isCiphertext } from '#engine';

test('a text encrypted for a subject reads back, and does not show in the ciphertext', () => {
  const keys = createKeyStore();
  const text = 'Jürgen Müller <jm@example.com> 🙂';
  const cipher = keys.encrypt('cust-1', text);
  assert.ok(isCiphertext(cipher));
  assert.ok(!cipher.includes('Jürgen') && !cipher.includes('example.com'));
  assert.equal(keys.decrypt('cust-1', cipher), text);
});

test('each subject has its own key: one cannot read the other, and forgetting one leaves the other', () => {
  const keys = createKeyStore();
  const ana = keys.encrypt('ana', 'Ana Schmidt');
  const bo = keys.encrypt('bo', 'Bo Berg');
  assert.equal(keys.decrypt('bo', ana), null);
  keys.forget('ana');
  assert.equal(keys.decrypt('ana', ana), null);
  assert.equal(keys.isForgotten('ana'), true);
  assert.equal(keys.decrypt('bo', bo), 'Bo Berg');
});

test('a forgotten subject gets no new key: encrypting for them fails with a clear message', () => {
  const keys = createKeyStore();
  keys.encrypt('ana', 'x');
  keys.forget('ana');
  assert.throws(() => keys.encrypt('ana', 'Ana'), /key of "ana" was deleted/);
});

test('same seed, same ciphertext (replays and checks are repeatable); plaintext is not ciphertext', () => {
  assert.equal(createKeyStore(7).encrypt('a', 'hello'), createKeyStore(7).encrypt('a', 'hello'));
  assert.equal(isCiphertext('hello'), false);
  assert.equal(createKeyStore().decrypt('a', 'hello'), null);
});
