import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatDay, markSolved, parseProgress, progressLabel, readProgress, readSolutionInEditor, saveSolutionInEditor, PROGRESS_KEY } from '../../../src/components/exercise/progress.ts';

function memoryStore(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
    data,
  };
}

test('nothing stored is a fresh start, not corruption', () => {
  assert.deepEqual(parseProgress(null), { progress: { version: 1, solved: {}, shown: {} }, corrupted: false });
});

test('corrupted progress is ignored and reported', () => {
  for (const text of ['{not json', '[]', '{"version":2,"solved":{}}', '{"version":1,"solved":{"a":5}}', '{"version":1,"solved":{},"shown":[1]}', 'null']) {
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

test('dates are written out in the reader\'s locale, not as 12/1/2026', () => {
  const day = new Date(2026, 11, 1, 12);
  assert.equal(formatDay(day, 'en-GB'), '1 Dec 2026');
  assert.equal(formatDay(day, 'en-US'), 'Dec 1, 2026');
  assert.equal(formatDay(day, 'de-DE'), '01.12.2026');
});

test('passing with the solution shown is recorded apart and never counts as solved', () => {
  const store = memoryStore();
  assert.ok(markSolved(store, 'fold-a-stream', new Date(2026, 11, 1, 12), 'solution-shown'));
  const { progress } = readProgress(store);
  assert.deepEqual(progress.solved, {});
  assert.ok(progress.shown['fold-a-stream']);
  assert.equal(progressLabel(progress, 'fold-a-stream', 'en-GB'), 'Solved with the solution shown');
  // Solving it later with their own code makes it theirs.
  markSolved(store, 'fold-a-stream', new Date(2026, 11, 2, 12));
  assert.equal(progressLabel(readProgress(store).progress, 'fold-a-stream', 'en-GB'), 'Solved on 2 Dec 2026');
  assert.equal(progressLabel(readProgress(store).progress, 'snapshots', 'en-GB'), 'Not solved yet');
  // Records from before "shown" existed still read.
  assert.equal(parseProgress('{"version":1,"solved":{"a":"2026-12-01T12:00:00Z"}}').corrupted, false);
});

test('whether the editor holds the shown solution survives a reload, per exercise', () => {
  const store = memoryStore();
  assert.equal(readSolutionInEditor(store, 'fold-a-stream'), false);
  saveSolutionInEditor(store, 'fold-a-stream', true);
  assert.equal(readSolutionInEditor(store, 'fold-a-stream'), true);
  assert.equal(readSolutionInEditor(store, 'snapshots'), false);
  saveSolutionInEditor(store, 'fold-a-stream', false);
  assert.equal(readSolutionInEditor(store, 'fold-a-stream'), false);
  assert.equal(readSolutionInEditor(null, 'fold-a-stream'), false);
});
