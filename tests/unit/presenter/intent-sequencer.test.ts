// The audience applies the presenter's intents one at a time, in order, once each,
// however often the presenter re-sends them (it re-sends after every page load).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createIntentSequencer } from '../../../src/components/presenter/intent-sequencer.ts';
import type { Intent, IntentAction } from '../../../src/components/presenter/sync-protocol.ts';

const intent = (id: number, action: IntentAction = 'next', presenter = 'p'): Intent => ({ type: 'intent', presenter, id, action });

/** Applies everything that is queued, letting each land before the next, as the deck does. */
function drain(sequencer: ReturnType<typeof createIntentSequencer>): number[] {
  const ids: number[] = [];
  for (let next = sequencer.take(); next; next = sequencer.take()) {
    ids.push(next.id);
    sequencer.landed();
  }
  return ids;
}

test('intents are applied in arrival order', () => {
  const sequencer = createIntentSequencer(null);
  for (const id of [1, 2, 3]) assert.equal(sequencer.offer(intent(id)), true);
  assert.deepEqual(drain(sequencer), [1, 2, 3]);
  assert.deepEqual(sequencer.applied, { presenter: 'p', id: 3 });
});

test('the next intent waits until the one before has landed', () => {
  const sequencer = createIntentSequencer(null);
  sequencer.offer(intent(1));
  sequencer.offer(intent(2));
  assert.equal(sequencer.take()?.id, 1);
  assert.equal(sequencer.take(), null, 'a burst of presses is not applied on top of itself');
  sequencer.landed();
  assert.equal(sequencer.take()?.id, 2);
});

test('a re-sent intent is applied once: queued, in flight, or applied already', () => {
  const sequencer = createIntentSequencer(null);
  sequencer.offer(intent(1));
  sequencer.offer(intent(2));
  assert.equal(sequencer.offer(intent(2)), false, 'already queued');
  assert.equal(sequencer.take()?.id, 1);
  assert.equal(sequencer.offer(intent(1)), false, 'in flight');
  sequencer.landed();
  assert.deepEqual(drain(sequencer), [2]);
  assert.equal(sequencer.offer(intent(1)), false, 'applied');
  assert.equal(sequencer.offer(intent(2)), false, 'applied');
  assert.deepEqual(drain(sequencer), []);
});

test('after a page load, what the page before applied is not applied again', () => {
  // The presenter heard "hello" and re-sends 3, 4 and 5; the page before had applied up to 4.
  const sequencer = createIntentSequencer({ presenter: 'p', id: 4 });
  for (const id of [3, 4, 5]) sequencer.offer(intent(id));
  assert.deepEqual(drain(sequencer), [5]);
});

test('a second presenter window counts its own intents', () => {
  const sequencer = createIntentSequencer({ presenter: 'p', id: 9 });
  assert.equal(sequencer.offer(intent(1, 'prev', 'q')), true);
  assert.equal(sequencer.offer(intent(9, 'next', 'p')), false);
  assert.deepEqual(drain(sequencer), [1]);
  assert.deepEqual(sequencer.applied, { presenter: 'q', id: 1 });
});

test('the intent handed out carries its action and target', () => {
  const sequencer = createIntentSequencer(null);
  sequencer.offer({ type: 'intent', presenter: 'p', id: 1, action: 'goto', slide: 12, step: 2 });
  assert.deepEqual(sequencer.take(), { type: 'intent', presenter: 'p', id: 1, action: 'goto', slide: 12, step: 2 });
});
