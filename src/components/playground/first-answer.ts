/**
 * The page's first moment without waiting for the worker: the build folded
 * the example's own code and events with the runner's session
 * (scripts/fold-at-build.ts), so until the page sends the worker anything,
 * the moment at the end of the stream is that answer, word for word. The
 * first load or setEvents ends it: from then on every answer is the worker's
 * (and its first one is the same moment, so nothing on screen moves).
 */
import type { MomentAtResult, ProjectionsAtOptions } from '../../../playground/runner/protocol.ts';
import type { FirstMoment } from '../first-paint/types.ts';
import type { Runner } from './runner-port.ts';

function withoutLag(options: ProjectionsAtOptions | undefined): boolean {
  const lag = options?.lag;
  if (lag === undefined || lag === 0) return true;
  return typeof lag === 'object' && Object.values(lag).every((value) => value === 0);
}

export function answerFirstFromBuild(runner: Runner, first: FirstMoment | null): Runner {
  let fresh = first !== null;
  const spent = <A extends unknown[], R>(call: (...args: A) => R) => (...args: A): R => {
    fresh = false;
    return call(...args);
  };
  return {
    load: spent(runner.load),
    setEvents: spent(runner.setEvents),
    runCommand: spent(runner.runCommand),
    rebuildProjection: spent(runner.rebuildProjection),
    stateAt: runner.stateAt,
    eventsPage: runner.eventsPage,
    projectionsAt: runner.projectionsAt,
    momentAt(position, options): Promise<MomentAtResult> {
      if (fresh && first && position === first.moment.position && withoutLag(options)) return Promise.resolve({ ok: true, ...first.moment });
      return runner.momentAt(position, options);
    },
  };
}

/** The moments the server embedded in `#id` for the examples (or the exercise) this page may open with. */
export function readFirstMoments(id: string): Record<string, FirstMoment> {
  try {
    const parsed: unknown = JSON.parse(document.getElementById(id)?.textContent ?? '{}');
    // Our own build wrote this JSON (first-paint/at-build.ts); its shape is Record<string, FirstMoment>.
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, FirstMoment>) : {};
  } catch {
    return {};
  }
}
