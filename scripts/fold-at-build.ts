/**
 * The first moment of every page whose start is known at build time, folded
 * by the runner's own session (the code that answers in the browser's worker),
 * so the page can paint it before the worker and the editor have arrived and
 * the worker's first answer then changes nothing on screen.
 *
 * It runs in its own Node process (src/components/playground/first-moments.ts
 * starts it), because the session hardens the realm with SES's lockdown, which
 * the build's own process must not undergo.
 *
 * stdin: FoldJob[] as JSON. stdout: Record<key, FirstMoment | null> as JSON
 * (null when the code does not load or fold: the page then waits for the worker).
 */
import { createSession } from '../playground/runner/session.ts';
import type { FirstMoment, FoldJob } from '../src/components/first-paint/types.ts';
import { readPath, samplePositions } from '../src/components/playground/series.ts';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function fold(session: ReturnType<typeof createSession>, job: FoldJob): FirstMoment | null {
  if (!session.load(job.code).ok) return null;
  const set = session.setEvents(job.events, { snapshotEvery: job.snapshotEvery });
  if (!set.ok) return null;
  const moment = session.momentAt(set.count, { lag: 0 });
  if (!moment.ok) return null;
  const { ok: _ok, ...answer } = moment;
  let series: FirstMoment['series'] = null;
  if (job.chartPath) {
    series = [];
    for (const k of samplePositions(set.count)) {
      const at = session.stateAt(k);
      if (!at.ok) return null;
      const y = readPath(at.state, job.chartPath);
      if (y !== undefined) series.push({ x: at.position, y });
    }
  }
  return { moment: answer, series };
}

const jobs = JSON.parse(await readStdin()) as FoldJob[];
const session = createSession();
const out: Record<string, FirstMoment | null> = {};
for (const job of jobs) {
  try {
    out[job.key] = fold(session, job);
  } catch {
    out[job.key] = null;
  }
}
process.stdout.write(JSON.stringify(out));
