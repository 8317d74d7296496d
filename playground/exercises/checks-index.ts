/**
 * Loads one exercise's checks by id. Explicit dynamic imports (not a glob) so
 * the same file works in Node and in Vite, and the worker bundle gets one
 * small chunk per exercise. Solutions are never imported from here: the
 * worker must not carry them.
 */
import type { Event } from '#engine';
import type { ExerciseId } from './catalog.ts';
import type { ExerciseCheck } from './kit.ts';

export interface ExerciseChecks {
  checks: ExerciseCheck[];
  /** The stream the page folds with the learner's decider to show each state. */
  sample: Event[];
}

export const checkLoaders: Record<ExerciseId, () => Promise<ExerciseChecks>> = {
  'fold-a-stream': () => import('./fold-a-stream/checks.ts'),
  'state-at-a-point-in-time': () => import('./state-at-a-point-in-time/checks.ts'),
  'decide-with-an-invariant': () => import('./decide-with-an-invariant/checks.ts'),
  'first-projection': () => import('./first-projection/checks.ts'),
  'optimistic-concurrency': () => import('./optimistic-concurrency/checks.ts'),
  'read-your-own-writes': () => import('./read-your-own-writes/checks.ts'),
  'rebuild-a-projection': () => import('./rebuild-a-projection/checks.ts'),
  snapshots: () => import('./snapshots/checks.ts'),
  upcasting: () => import('./upcasting/checks.ts'),
  'audit-query': () => import('./audit-query/checks.ts'),
  'mine-past-events': () => import('./mine-past-events/checks.ts'),
  'temporal-query': () => import('./temporal-query/checks.ts'),
  'replay-a-bug': () => import('./replay-a-bug/checks.ts'),
  'write-the-specs': () => import('./write-the-specs/checks.ts'),
  'at-least-once-delivery': () => import('./at-least-once-delivery/checks.ts'),
  'side-effects-and-the-outbox': () => import('./side-effects-and-the-outbox/checks.ts'),
  'schedule-a-command': () => import('./schedule-a-command/checks.ts'),
  'stream-design': () => import('./stream-design/checks.ts'),
  'versioning-beyond-upcasting': () => import('./versioning-beyond-upcasting/checks.ts'),
  'crypto-shredding': () => import('./crypto-shredding/checks.ts'),
  'streaming-is-not-sourcing': () => import('./streaming-is-not-sourcing/checks.ts'),
  capstone: () => import('./capstone/checks.ts'),
};
