import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeShare, encodeShare, MAX_SHARE_FRAGMENT_CHARS, shareFromHash, shareHash, SHARE_FORMAT_VERSION } from '../../../src/components/playground/share-link.ts';
import { base64urlToBytes, bytesToBase64url } from '../../../src/components/playground/base64url.ts';
import { deflateSync, strToU8 } from 'fflate';

const sample = {
  example: 'bank-account',
  code: 'export const x = "ü € 😀";\n',
  events: '[{"type":"MoneyDeposited","data":{"amount":5,"note":"<img src=x onerror=alert(1)>"}}]',
  position: 7,
};

test('a share link round-trips code, events and position', async () => {
  const decoded = await decodeShare(encodeShare(sample));
  assert.deepEqual(decoded, { ok: true, state: { v: SHARE_FORMAT_VERSION, ...sample } });
});

test('the hash form is URL-safe and starts with #share=', async () => {
  const hash = shareHash({ ...sample, code: 'a'.repeat(5000) + '???///+++' });
  assert.match(hash, /^#share=[A-Za-z0-9_-]+$/);
  const result = await shareFromHash(hash);
  assert.equal(result?.ok, true);
});

test('a hash without share= is not a share link', async () => {
  assert.equal(await shareFromHash('#events'), null);
  assert.equal(await shareFromHash(''), null);
});

test('broken links are refused with a reason instead of throwing', async () => {
  for (const broken of ['', '!!!', 'abc', 'AAAA', bytesToBase64url(strToU8('not deflated'))]) {
    const result = await decodeShare(broken);
    assert.equal(result.ok, false, broken);
    if (!result.ok) assert.ok(result.reason.length > 0);
  }
});

test('a link from another format version is refused, naming the versions', async () => {
  const json = JSON.stringify({ ...sample, v: 99 });
  const result = await decodeShare(bytesToBase64url(deflateSync(strToU8(json))));
  assert.equal(result.ok, false);
  if (!result.ok) assert.match(result.reason, /99/);
});

test('fields of the wrong type are refused', async () => {
  const bad = [
    { ...sample, v: 1, position: -1 },
    { ...sample, v: 1, position: 1.5 },
    { ...sample, v: 1, example: '../etc' },
    { ...sample, v: 1, code: 3 },
    { ...sample, v: 1, events: [] },
    [1, 2],
    null,
  ];
  for (const value of bad) {
    const result = await decodeShare(bytesToBase64url(deflateSync(strToU8(JSON.stringify(value)))));
    assert.equal(result.ok, false, JSON.stringify(value));
  }
});

test('base64url round-trips every byte value', () => {
  const bytes = new Uint8Array(256).map((_, i) => i);
  assert.deepEqual(base64urlToBytes(bytesToBase64url(bytes)), bytes);
  assert.equal(base64urlToBytes('a+b/'), null);
});

test('a fragment over 1 MB is refused before it is decoded, saying why', async () => {
  const result = await decodeShare('A'.repeat(MAX_SHARE_FRAGMENT_CHARS + 1));
  assert.equal(result.ok, false);
  if (!result.ok) assert.match(result.reason, /longer than 1 MB/);
});

test('a link that unpacks past the limit is refused, naming the limit', async () => {
  const json = JSON.stringify({ ...sample, v: 1, code: 'a'.repeat(3_000_000) });
  const result = await decodeShare(bytesToBase64url(deflateSync(strToU8(json))), { maxBytes: 2_500_000 });
  assert.equal(result.ok, false);
  if (!result.ok) assert.match(result.reason, /more than 2\.5 MB/);
});

test('a truncated link is damaged, not half-read', async () => {
  const encoded = encodeShare({ ...sample, code: `${'x'.repeat(3000)} ${Array.from({ length: 400 }, (_, i) => i * 7919).join(',')}` });
  // Cut on a 4-character boundary: still valid base64url, only the DEFLATE stream is cut short.
  const result = await decodeShare(encoded.slice(0, Math.floor(encoded.length / 8) * 4));
  assert.equal(result.ok, false);
  if (!result.ok) assert.match(result.reason, /damaged/);
});
