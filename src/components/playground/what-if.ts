/**
 * What if an event had not happened? The page folds the stream without the
 * skipped events (like Redux DevTools' "skip action": every later event is
 * applied again to the changed past). The time-travel slider keeps counting
 * the stream as written, so positions map to the shorter, folded stream.
 */

/** The stream without the skipped indexes. */
export function withoutSkipped<T>(events: readonly T[], skipped: ReadonlySet<number>): T[] {
  if (skipped.size === 0) return events.slice();
  return events.filter((_, index) => !skipped.has(index));
}

/** Events actually folded among the first `position` of the written stream. */
export function foldedPosition(position: number, skipped: ReadonlySet<number>): number {
  let before = 0;
  for (const index of skipped) if (index < position) before += 1;
  return position - before;
}

/**
 * The number (1-based, as the list shows it) of the k-th folded event in the
 * written stream, so "Event N" names the row the learner sees, skips or not.
 */
export function writtenNumber(folded: number, skipped: ReadonlySet<number>): number {
  if (skipped.size === 0 || folded <= 0) return folded;
  let applied = 0;
  for (let index = 0; ; index += 1) {
    if (!skipped.has(index)) applied += 1;
    if (applied === folded) return index + 1;
  }
}

/** Drops skips that no longer point into the stream (after an edit made it shorter). */
export function pruneSkipped(skipped: ReadonlySet<number>, count: number): Set<number> {
  return new Set([...skipped].filter((index) => index >= 0 && index < count));
}
