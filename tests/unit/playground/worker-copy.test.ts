// A run sends the worker only what changed: the events signature says whether
// the stream the worker holds is still the one on the page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventsSignature, sameEvents } from '../../../src/components/playground/worker-copy.ts';
import type { PageState } from '../../../src/components/playground/page-state.ts';

function pageState(overrides: Partial<PageState> = {}): PageState {
  const events = [{ type: 'Deposited', data: { amount: 1 } }];
  return {
    meta: {} as PageState['meta'], original: { code: '', events: '' }, code: 'code', eventsText: JSON.stringify(events),
    events, generated: false, skipped: new Set(), position: 1, lag: 0, snapshotEvery: 100, ...overrides,
  };
}

test('a code edit leaves the events as the worker holds them', () => {
  const before = pageState();
  const sent = eventsSignature(before);
  assert.ok(sameEvents(eventsSignature({ ...before, code: 'edited code' }), sent));
  assert.equal(sameEvents(eventsSignature(before), null), false, 'nothing sent yet');
});

test('edited text, a skip, a new snapshot interval or a new generated stream must be sent again', () => {
  const before = pageState();
  const sent = eventsSignature(before);
  assert.equal(sameEvents(eventsSignature({ ...before, eventsText: '[]' }), sent), false);
  assert.equal(sameEvents(eventsSignature({ ...before, skipped: new Set([0]) }), sent), false);
  assert.equal(sameEvents(eventsSignature({ ...before, snapshotEvery: 10 }), sent), false);
  const generated = pageState({ generated: true, eventsText: '' });
  assert.equal(sameEvents(eventsSignature({ ...generated, events: [...generated.events] }), eventsSignature(generated)), false);
});

test('a generated stream crosses as JSON text, a typed or what-if one as events, skips left out', async () => {
  const { foldedStream } = await import('../../../src/components/playground/worker-copy.ts');
  const events = [{ type: 'A', data: {} }, { type: 'B', data: {} }, { type: 'C', data: {} }];
  assert.equal(foldedStream(pageState({ events, generated: true, skipped: new Set([1]) })), JSON.stringify([events[0], events[2]]));
  assert.deepEqual(foldedStream(pageState({ events, skipped: new Set([0]) })), [events[1], events[2]]);
});
