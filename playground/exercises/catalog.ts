/**
 * The exercises in teaching order, from first steps to advanced. Each id is
 * a folder here holding statement.mdx, start.ts, solution.ts and checks.ts;
 * the id is also the URL (/exercises/ID) and the progress key, so it never
 * changes once published.
 */
export const exerciseIds = [
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

export type ExerciseId = (typeof exerciseIds)[number];

export function isExerciseId(value: string): value is ExerciseId {
  return (exerciseIds as readonly string[]).includes(value);
}

/** Level shown in the list: the first third, the middle, the last third. */
export function levelOf(id: ExerciseId): 'first steps' | 'intermediate' | 'advanced' {
  const index = exerciseIds.indexOf(id);
  return index < 4 ? 'first steps' : index < 8 ? 'intermediate' : 'advanced';
}
