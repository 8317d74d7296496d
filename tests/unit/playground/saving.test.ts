// What this tab may write to the learner's saved edits: real edits, unless a
// shared version is open or another tab's change is waiting for an answer;
// a time-travel move never writes this tab's text over someone else's.
import { test, mock } from 'node:test';
import assert from 'node:assert/strict';
import { createSaver } from '../../../src/components/playground/saving.ts';
import { readSaved, writeSaved, type KeyValueStore } from '../../../src/components/playground/saved-edits.ts';
import type { PageState } from '../../../src/components/playground/page-state.ts';

function memoryStore(): KeyValueStore {
  const map = new Map<string, string>();
  return { getItem: (k) => map.get(k) ?? null, setItem: (k, v) => void map.set(k, v), removeItem: (k) => void map.delete(k) };
}

function pageState(overrides: Partial<PageState> = {}): PageState {
  return {
    meta: { id: 'counter' } as PageState['meta'], original: { code: 'original', events: '[]' }, code: 'original', eventsText: '[]',
    events: [], generated: false, skipped: new Set(), position: 0, lag: 0, snapshotEvery: 100, ...overrides,
  };
}

const savedCode = (store: KeyValueStore): string | null => {
  const read = readSaved(store, 'counter');
  return read.kind === 'ok' ? read.saved.code : null;
};

test('a real edit saves; going back to the original clears the saved edits', () => {
  const store = memoryStore();
  const state = pageState({ code: 'edited' });
  const saver = createSaver(store, () => state);
  saver.saveEdits();
  assert.equal(savedCode(store), 'edited');
  state.code = 'original';
  saver.saveEdits();
  assert.equal(savedCode(store), null);
});

test('nothing is written while paused, for either reason, until both are resumed', () => {
  const store = memoryStore();
  writeSaved(store, 'counter', { code: 'mine', events: '[]', position: 1 });
  const saver = createSaver(store, () => pageState({ code: 'shared' }));
  saver.pause('shared');
  saver.pause('other-tab');
  saver.saveEdits();
  saver.resume('shared');
  saver.saveEdits();
  assert.equal(savedCode(store), 'mine');
  saver.resume('other-tab');
  saver.saveEdits();
  assert.equal(savedCode(store), 'shared');
});

test('a time-travel move updates the position of saved edits that hold this tab\'s text', () => {
  mock.timers.enable({ apis: ['setTimeout'] });
  try {
    const store = memoryStore();
    const state = pageState({ code: 'mine', position: 1 });
    const saver = createSaver(store, () => state);
    saver.saveEdits();
    state.position = 4;
    saver.schedulePosition();
    mock.timers.tick(1_000);
    const read = readSaved(store, 'counter');
    assert.equal(read.kind === 'ok' ? read.saved.position : -1, 4);
  } finally {
    mock.timers.reset();
  }
});

test('a stale tab\'s move writes nothing over another tab\'s newer edits, nor clears them', () => {
  mock.timers.enable({ apis: ['setTimeout'] });
  try {
    const store = memoryStore();
    for (const code of ['original', 'my older edit']) {
      writeSaved(store, 'counter', { code: 'the other tab', events: '[]', position: 9 });
      const state = pageState({ code, position: 2 });
      createSaver(store, () => state).schedulePosition();
      mock.timers.tick(1_000);
      assert.deepEqual(readSaved(store, 'counter'), { kind: 'ok', saved: { v: 1, code: 'the other tab', events: '[]', position: 9 } }, code);
    }
  } finally {
    mock.timers.reset();
  }
});

test('holdsMine compares code and events; no saved edits hold an untouched example', () => {
  const saver = createSaver(memoryStore(), () => pageState({ code: 'mine' }));
  assert.equal(saver.holdsMine({ v: 1, code: 'mine', events: '[]', position: 7 }), true);
  assert.equal(saver.holdsMine({ v: 1, code: 'mine', events: '[{}]', position: 0 }), false);
  assert.equal(saver.holdsMine(null), false);
  assert.equal(createSaver(memoryStore(), () => pageState()).holdsMine(null), true);
});
