import type { Event } from '#engine';
import { exportedFunction, type ExerciseCheck, type LearnerModule } from '../kit.ts';
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
];
