import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markSolved, parseProgress, readProgress, PROGRESS_KEY } from '../../../src/components/exercise/progress.ts';

function memoryStore(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
    data,
  };
}

test('nothing stored is a fresh start, not corruption', () => {
  assert.deepEqual(parseProgress(null), { progress: { version: 1, solved: {} }, corrupted: false });
});

test('corrupted progress is ignored and reported', () => {
  for (const text of ['{not json', '[]', '{"version":2,"solved":{}}', '{"version":1,"solved":{"a":5}}', 'null']) {
    const read = parseProgress(text);
    assert.equal(read.corrupted, true, text);
    assert.deepEqual(read.progress.solved, {});
  }
});

test('a solve is saved, keeps its first date, and replaces corrupted state', () => {
  const store = memoryStore({ [PROGRESS_KEY]: '{oops' });
  assert.ok(markSolved(store, 'fold-a-stream', new Date('2026-01-01T00:00:00Z')));
  assert.ok(markSolved(store, 'fold-a-stream', new Date('2026-02-01T00:00:00Z')));
  const read = readProgress(store);
  assert.equal(read.corrupted, false);
  assert.deepEqual(read.progress.solved, { 'fold-a-stream': '2026-01-01T00:00:00.000Z' });
});

test('storage that throws never breaks reading or saving', () => {
  const throwing = {
    getItem: () => {
      throw new Error('SecurityError');
    },
    setItem: () => {
      throw new Error('QuotaExceeded');
    },
  };
  assert.equal(readProgress(throwing).corrupted, false);
  assert.equal(markSolved(throwing, 'x'), false);
  assert.equal(markSolved(null, 'x'), false);
});
