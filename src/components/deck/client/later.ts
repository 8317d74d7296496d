/**
 * Work that follows a key press but need not be in the frame that shows it.
 * `latestAfter(when)` gives a scheduler that runs, once `when` fires, only the
 * most recent job it was handed: quick presses within one frame announce and
 * report where the deck ended up, once, not every stop on the way.
 */
export function latestAfter(when: (run: () => void) => void): (job: () => void) => void {
  let latest: (() => void) | null = null;
  return (job) => {
    const scheduled = latest !== null;
    latest = job;
    if (scheduled) return;
    when(() => {
      const run = latest;
      latest = null;
      run?.();
    });
  };
}
