/**
 * The audience's rule for the presenter's intents, apart from the DOM and the
 * clock so it can be tested on its own: intents are applied one at a time, in
 * the order they arrived, and each at most once. A presenter re-sends what it
 * has not seen applied (after a full page load it cannot know), so repeats are
 * normal and must be dropped here, not applied twice.
 */
import type { Applied, Intent } from './sync-protocol.ts';

export interface IntentSequencer {
  /** The last intent handed out to apply (what the audience reports, and stores across a page load). */
  readonly applied: Applied | null;
  /** An intent arrived. False when it was applied or queued already (a re-send). */
  offer(intent: Intent): boolean;
  /** The next intent to apply, or null while one is still landing or none waits. */
  take(): Intent | null;
  /** The intent handed out has landed (the deck moved, or the wait for it ended). */
  landed(): void;
}

/** `applied`: what this audience applied before (on the page before a full navigation). */
export function createIntentSequencer(applied: Applied | null): IntentSequencer {
  const queue: Intent[] = [];
  let last = applied;
  let landing = false;
  const done = (intent: Intent): boolean => intent.presenter === last?.presenter && intent.id <= last.id;
  const queued = (intent: Intent): boolean => queue.some((q) => q.presenter === intent.presenter && q.id === intent.id);

  return {
    get applied() {
      return last;
    },
    offer(intent) {
      if (done(intent) || queued(intent)) return false;
      queue.push(intent);
      return true;
    },
    take() {
      if (landing) return null;
      const intent = queue.shift();
      if (!intent) return null;
      last = { presenter: intent.presenter, id: intent.id };
      landing = true;
      return intent;
    },
    landed() {
      landing = false;
    },
  };
}
