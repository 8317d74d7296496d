/**
 * Rebuild a projection: throw its view away and replay the log from event 0.
 * The worker replays in a blink on small streams, so the progress shown is
 * paced to take at least a moment: the point is to see the replay happen.
 */
import type { RebuildProgress, RunnerError } from '../../../playground/runner/protocol.ts';
import type { ProjectionsPanel } from '../viz/projections-panel.ts';
import type { Runner } from './runner-port.ts';

export interface RebuildPort {
  runner: Pick<Runner, 'rebuildProjection'>;
  /** Events in the stream: the replay's length. */
  eventCount(): number;
  reportError(error: RunnerError): void;
  showMoment(): Promise<void>;
}

const MIN_MS = 900;

export async function rebuildVisibly(page: RebuildPort, panel: ProjectionsPanel, name: string): Promise<void> {
  const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const minMs = reduced ? 0 : MIN_MS;
  const started = performance.now();
  let reported: RebuildProgress = { name, position: 0, total: page.eventCount() };
  let done = false;
  panel.setRebuilding(name, { at: 0, total: reported.total });
  const tick = (): void => {
    const paced = Math.floor(reported.total * Math.min(1, (performance.now() - started) / Math.max(1, minMs)));
    const at = Math.min(reported.position, paced);
    if (done) return;
    panel.setRebuilding(name, { at, total: reported.total });
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  const result = await page.runner.rebuildProjection(name, {}, (progress) => {
    reported = progress;
  });
  if (!result.ok) {
    done = true;
    panel.setRebuilding(name, null);
    page.reportError(result.error);
    return;
  }
  reported = { name, position: result.eventsReplayed, total: result.eventsReplayed };
  const wait = Math.max(0, minMs - (performance.now() - started));
  await new Promise((resolve) => window.setTimeout(resolve, wait + 50));
  done = true;
  panel.setRebuilding(name, null);
  await page.showMoment();
  panel.setRebuilt(name, result.eventsReplayed);
}
