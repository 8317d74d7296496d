import type { Event } from '#engine';
import { exportedFunction, type ExerciseCheck, type LearnerModule, type Observation } from '../kit.ts';
import { foldEvents, learnerDecider } from '../decider-checks.ts';

const stream: Event[] = [
  { type: 'DocumentCaptured', data: { kind: 'passport' } },
  { type: 'FaceMatchAttempted', data: { score: 0.61 } },
  { type: 'FaceMatchAttempted', data: { score: 0.74 } },
  { type: 'DocumentCaptured', data: { kind: 'utility bill' } },
  { type: 'FaceMatchAttempted', data: { score: 0.93 } },
  { type: 'VerificationPassed', data: {} },
];

export const sample: Event[] = stream;

interface Snapshot {
  version: number;
  stateVersion?: unknown;
  state: unknown;
}
type Restore = (snapshot: Snapshot | null, events: Event[]) => unknown;
type TakeSnapshot = (events: Event[], version: number) => Snapshot;

/** The snapshot is taken by the learner's own takeSnapshot, as a store would, then restored. */
function restoredFrom(learner: LearnerModule, version: number | null): unknown {
  const take = exportedFunction<TakeSnapshot>(learner, 'takeSnapshot');
  const snapshot = version === null ? null : take(stream, version);
  return exportedFunction<Restore>(learner, 'restore')(snapshot, stream);
}

function sameAsFullFold(version: number | null): ExerciseCheck {
  return {
    given: version === null ? 'no snapshot yet' : `a snapshot after ${version} of 6 events`,
    when: 'restoring the current state',
    then: 'it equals folding the whole stream',
    run: (learner) => ({
      expected: foldEvents(learnerDecider(learner), stream),
      actual: restoredFrom(learner, version),
    }),
  };
}

/**
 * The stream again, with the events before `version` wrapped so that reading
 * any of their fields is noted. Copying them (slice) reads no field; folding
 * them again does. This is how a check tells a restore that starts from the
 * snapshot from one that ignores it and folds from zero, which gives the same
 * state, only slowly.
 */
function watchedStream(version: number): { events: Event[]; foldedAgain: () => number[] } {
  const read = new Set<number>();
  const events = stream.map((event, index) =>
    index >= version
      ? event
      : new Proxy(event, {
          get(target, key, receiver) {
            read.add(index);
            return Reflect.get(target, key, receiver) as unknown;
          },
        }),
  );
  return { events, foldedAgain: () => [...read].sort((a, b) => a - b) };
}

/** A snapshot from before a change to evolve: no bestScore yet, and attempts counted differently. */
const staleSnapshot: Snapshot = {
  version: 4,
  stateVersion: 1,
  state: { documents: ['passport', 'utility bill'], attempts: 1 },
};

export const checks: ExerciseCheck[] = [
  sameAsFullFold(null),
  sameAsFullFold(0),
  sameAsFullFold(2),
  sameAsFullFold(4),
  sameAsFullFold(6),
  {
    given: 'a snapshot after 3 events',
    when: 'restoring',
    then: 'three face-match attempts are counted, not five',
    run: (learner) => {
      const state = restoredFrom(learner, 3) as { attempts?: unknown };
      return { expected: 3, actual: state.attempts };
    },
  },
  {
    given: 'a snapshot after 4 of 6 events',
    when: 'restoring',
    then: 'the 4 events inside the snapshot are not folded again (none of their fields is read)',
    run: (learner) => {
      const snapshot = exportedFunction<TakeSnapshot>(learner, 'takeSnapshot')(stream, 4);
      const watched = watchedStream(4);
      exportedFunction<Restore>(learner, 'restore')(snapshot, watched.events);
      const foldedAgain = watched.foldedAgain();
      const observation: Observation = { expected: [], actual: foldedAgain };
      if (foldedAgain.length > 0) {
        observation.explanation = `restore read events ${foldedAgain.join(', ')} again, which the snapshot already holds: start from snapshot.state and fold only events.slice(snapshot.version).`;
      }
      return observation;
    },
  },
  {
    given: 'a snapshot after 4 events, written with stateVersion 1 by an older evolve',
    when: 'restoring with STATE_VERSION 2',
    then: 'the stale snapshot is ignored and the state equals folding the whole stream',
    run: (learner) => ({
      expected: foldEvents(learnerDecider(learner), stream),
      actual: exportedFunction<Restore>(learner, 'restore')(structuredClone(staleSnapshot), stream),
    }),
  },
];
