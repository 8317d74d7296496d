/**
 * The exercises in teaching order, from a first fold to the capstone. Each id
 * is a folder here holding statement.mdx, start.ts, solution.ts, checks.ts and
 * mutants/; the id is also the URL (/exercises/ID) and the progress key, so it
 * never changes once published.
 *
 * Two parts: the exercises that follow the talk, slide by slide, and the
 * chapters "After the talk" that it has no time for (specs, delivery, side
 * effects, automation, stream design, versioning, personal data, streaming,
 * and a capstone). The talk's part keeps its order.
 */
export const talkExerciseIds = [
  'fold-a-stream',
  'state-at-a-point-in-time',
  'decide-with-an-invariant',
  'first-projection',
  'optimistic-concurrency',
  'read-your-own-writes',
  'rebuild-a-projection',
  'snapshots',
  'upcasting',
  'audit-query',
  'mine-past-events',
  'temporal-query',
  'replay-a-bug',
] as const;

export const afterTalkExerciseIds = [
  'write-the-specs',
  'at-least-once-delivery',
  'side-effects-and-the-outbox',
  'schedule-a-command',
  'stream-design',
  'versioning-beyond-upcasting',
  'crypto-shredding',
  'streaming-is-not-sourcing',
  'capstone',
] as const;

export const exerciseIds = [...talkExerciseIds, ...afterTalkExerciseIds] as const;

export type ExerciseId = (typeof exerciseIds)[number];

export function isExerciseId(value: string): value is ExerciseId {
  return (exerciseIds as readonly string[]).includes(value);
}

export type ExercisePart = 'the talk' | 'after the talk';

export function partOf(id: ExerciseId): ExercisePart {
  return (talkExerciseIds as readonly string[]).includes(id) ? 'the talk' : 'after the talk';
}

/**
 * Level shown in the list. The talk's part goes from first steps to advanced
 * in thirds; after the talk, the first two chapters are intermediate, the
 * rest advanced, and the capstone is a part of its own.
 */
export function levelOf(id: ExerciseId): 'first steps' | 'intermediate' | 'advanced' | 'capstone' {
  const talk = (talkExerciseIds as readonly string[]).indexOf(id);
  if (talk >= 0) return talk < 4 ? 'first steps' : talk < 8 ? 'intermediate' : 'advanced';
  if (id === 'capstone') return 'capstone';
  return (afterTalkExerciseIds as readonly string[]).indexOf(id) < 2 ? 'intermediate' : 'advanced';
}
