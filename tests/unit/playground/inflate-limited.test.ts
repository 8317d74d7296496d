import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deflateSync, strFromU8, strToU8 } from 'fflate';
import { inflateLimited } from '../../../src/components/playground/inflate-limited.ts';

/** A clock that moves 1 ms per reading, so slices end after a known number of pushes. */
function steppingClock(): () => number {
  let t = 0;
  return () => (t += 1);
}

test('small input inflates whole, across many pushes', async () => {
  const text = JSON.stringify({ words: Array.from({ length: 2000 }, (_, i) => `word ${i * 7919}`) });
  const result = await inflateLimited(deflateSync(strToU8(text)), { maxBytes: 1_000_000, chunkBytes: 64 });
  assert.equal(result.ok, true);
  if (result.ok) assert.equal(strFromU8(result.bytes), text);
});

test('a zip bomb stops at the limit while streaming: most of its input is never read', async () => {
  const bomb = deflateSync(new Uint8Array(50_000_000));
  let yields = 0;
  const result = await inflateLimited(bomb, {
    maxBytes: 1_000_000,
    chunkBytes: 64,
    sliceMs: 5,
    now: steppingClock(),
    yieldNow: async () => {
      yields += 1;
    },
  });
  assert.deepEqual(result.ok ? 'inflated' : result.reason, 'too-large');
  if (!result.ok) assert.ok(result.consumed < bomb.length / 10, `read ${result.consumed} of ${bomb.length} bytes`);
  assert.ok(yields > 0, 'the work gave the browser turns on the way');
});

test('it yields between slices, not after every chunk', async () => {
  const data = deflateSync(strToU8('abc'.repeat(200_000)));
  let yields = 0;
  const result = await inflateLimited(data, {
    maxBytes: 10_000_000, chunkBytes: 16, sliceMs: 10, now: steppingClock(),
    yieldNow: async () => {
      yields += 1;
    },
  });
  assert.equal(result.ok, true);
  const pushes = Math.ceil(data.length / 16);
  // Each push reads the clock once: a yield about every 10 pushes.
  assert.ok(yields >= Math.floor(pushes / 10) - 1 && yields <= Math.ceil(pushes / 10), `${yields} yields for ${pushes} pushes`);
});

test('bytes that are not DEFLATE are damaged', async () => {
  const result = await inflateLimited(strToU8('definitely not deflate data, no'), { maxBytes: 1000 });
  assert.equal(result.ok, false);
  if (!result.ok) assert.equal(result.reason, 'damaged');
});
