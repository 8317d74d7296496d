// Wrong: restore ignores the snapshot and folds the whole stream from the initial state (right answer, no speed-up); "the 4 events inside the snapshot are not folded again" must catch it.
import type { Decider } from '#engine';

// Paycasso: identity verification, with journals and snapshots in Cassandra.
export type VerificationEvent =
  | { type: 'DocumentCaptured'; data: { kind: string } }
  | { type: 'FaceMatchAttempted'; data: { score: number } }
  | { type: 'VerificationPassed'; data: Record<string, never> };

export interface Verification {
  documents: string[];
  attempts: number;
  bestScore: number;
  passed: boolean;
}

export const decider: Decider<Verification, { type: 'Noop'; data: null }, VerificationEvent> = {
  initialState: () => ({ documents: [], attempts: 0, bestScore: 0, passed: false }),
  evolve: (state, event) => {
    switch (event.type) {
      case 'DocumentCaptured':
        return { ...state, documents: [...state.documents, event.data.kind] };
      case 'FaceMatchAttempted':
        return { ...state, attempts: state.attempts + 1, bestScore: Math.max(state.bestScore, event.data.score) };
      case 'VerificationPassed':
        return { ...state, passed: true };
    }
  },
  decide: () => [],
};

/**
 * Which shape of `Verification`, and which `evolve`, the snapshots were written with.
 * Raise it whenever either changes: every older snapshot is then stale.
 */
export const STATE_VERSION = 2;

/** A snapshot: the state after the first `version` events of the stream, written by evolve number `stateVersion`. */
export interface Snapshot {
  version: number;
  stateVersion: number;
  state: Verification;
}

export function takeSnapshot(events: VerificationEvent[], version: number): Snapshot {
  return { version, stateVersion: STATE_VERSION, state: events.slice(0, version).reduce(decider.evolve, decider.initialState()) };
}

/**
 * Loads the current state the fast way: start from the latest snapshot (or
 * from scratch when there is none) and fold only what came after it.
 * `events` is the whole stream. Must equal the full fold, always.
 */
export function restore(snapshot: Snapshot | null, events: VerificationEvent[]): Verification {
  // No snapshot, or one written by an older evolve: fold the whole stream (and take a new snapshot later).
  if (!snapshot || snapshot.stateVersion !== STATE_VERSION) return events.reduce(decider.evolve, decider.initialState());
  // The snapshot already holds the first `version` events: fold only the rest.
  void snapshot.state;
  return events.reduce(decider.evolve, decider.initialState());
}
