/**
 * "Your fold" before the worker or the editor has arrived: the build folded
 * the sample with the exercise's start code (scripts/fold-at-build.ts, the
 * runner's own session), so a learner who has not changed the start code sees
 * its fold at once. The fold view asks this runner as it would the worker:
 * the moment at the end of the sample is answered from the build; any other
 * position first gives the worker the start code and the sample (once), and
 * after `live()` (the learner pressed Check) every answer is the worker's.
 */
import type { RunnerClient } from '../../../playground/runner/client.ts';
import type { MomentAtResult, SetEventsResult } from '../../../playground/runner/protocol.ts';
import type { FirstMoment } from '../first-paint/types.ts';

type FoldRunner = Pick<RunnerClient, 'setEvents' | 'momentAt'>;

export interface FirstFoldRunner extends FoldRunner {
  /** From now on the worker answers (its code and events are the learner's). */
  live(): void;
}

export function answerFoldFromBuild(runner: RunnerClient, first: FirstMoment, start: { code: string; sample: readonly unknown[] }): FirstFoldRunner {
  const { moment } = first;
  let fromBuild = true;
  let primed: Promise<void> | null = null;
  /** The worker gets the start code and the sample, so a move to another position folds what the build folded. */
  const prime = (): Promise<void> => {
    primed ??= (async () => {
      const loaded = await runner.load(start.code);
      if (loaded.ok) await runner.setEvents([...start.sample]);
      fromBuild = false;
    })();
    return primed;
  };
  return {
    live() {
      fromBuild = false;
      primed = Promise.resolve();
    },
    async setEvents(events, options): Promise<SetEventsResult> {
      if (fromBuild) return { ok: true, count: moment.count };
      return runner.setEvents(events, options);
    },
    async momentAt(position, options): Promise<MomentAtResult> {
      if (fromBuild && position === moment.position) return { ok: true, ...moment };
      if (fromBuild) await prime();
      return runner.momentAt(position, options);
    },
  };
}
