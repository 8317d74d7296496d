// The first moment comes from the build until the page first talks to the
// worker; from then on every answer is the worker's (first-answer.ts), and an
// exercise's fold moves to the worker with the start code when the learner
// travels elsewhere (first-fold.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { answerFirstFromBuild } from '../../../src/components/playground/first-answer.ts';
import { answerFoldFromBuild } from '../../../src/components/exercise/first-fold.ts';
import type { Runner } from '../../../src/components/playground/runner-port.ts';
import type { RunnerClient } from '../../../playground/runner/client.ts';
import type { FirstMoment } from '../../../src/components/first-paint/types.ts';

const first: FirstMoment = {
  moment: {
    position: 3, count: 3, state: { count: 7 }, stateCut: false, eventsRead: 3, fromSnapshot: 0,
    projections: [{ name: 'Totals', view: { n: 3 }, viewCut: false, checkpoint: 3, status: 'caughtUp', behind: 0 }],
    previousState: { count: 5 },
  },
  series: null,
};

/** A worker stand-in that records what it was asked and answers with position 99 to tell its answers apart. */
function fakeRunner(): { runner: Runner & Pick<RunnerClient, 'runExercise'>; calls: string[] } {
  const calls: string[] = [];
  const answer = <R>(name: string, value: R) => async (..._args: unknown[]): Promise<R> => {
    calls.push(name);
    return value;
  };
  const moment = { ok: true as const, ...first.moment, position: 99, state: { count: -1 } };
  return {
    calls,
    runner: {
      load: answer('load', { ok: true as const, exports: { names: [], hasDecider: true, hasIsTerminal: false, projections: [], upcasters: 0 } }),
      setEvents: answer('setEvents', { ok: true as const, count: 3 }),
      stateAt: answer('stateAt', moment),
      momentAt: answer('momentAt', moment),
      eventsPage: answer('eventsPage', { ok: true as const, from: 0, to: 0, count: 0, events: [] }),
      projectionsAt: answer('projectionsAt', { ok: true as const, position: 99, projections: [] }),
      rebuildProjection: answer('rebuildProjection', { ok: true as const, name: 'Totals', view: null, viewCut: false, checkpoint: 3, eventsReplayed: 3 }),
      runCommand: answer('runCommand', { ok: true as const, events: [], appended: [] } as never),
      runExercise: answer('runExercise', { ok: true as const, passed: true, checks: [] } as never),
    },
  };
}

test('the moment at the end of the stream is the build\'s until the page first loads code in the worker', async () => {
  const { runner, calls } = fakeRunner();
  const page = answerFirstFromBuild(runner, first);
  const before = await page.momentAt(3, { lag: 0 });
  assert.ok(before.ok);
  assert.deepEqual(before.ok && before.state, { count: 7 });
  assert.deepEqual(calls, [], 'the worker was not asked');
  // Another position, or a lag, is the worker's to answer even now.
  await page.momentAt(2);
  await page.momentAt(3, { lag: 2 });
  assert.deepEqual(calls, ['momentAt', 'momentAt']);
  await page.load('export const decider = {}');
  const after = await page.momentAt(3);
  assert.equal(after.ok && after.position, 99, 'after the first load the worker answers');
});

test('without a build moment (saved edits, a share link) every answer is the worker\'s', async () => {
  const { runner, calls } = fakeRunner();
  const page = answerFirstFromBuild(runner, null);
  await page.momentAt(3);
  assert.deepEqual(calls, ['momentAt']);
});

test('an exercise\'s fold: the end is the build\'s, elsewhere the worker gets the start code first', async () => {
  const { runner, calls } = fakeRunner();
  const sample = [{ type: 'A', data: {} }];
  const fold = answerFoldFromBuild(runner as unknown as RunnerClient, first, { code: 'start', sample });
  assert.deepEqual(await fold.setEvents(sample), { ok: true, count: 3 });
  const end = await fold.momentAt(3);
  assert.deepEqual(end.ok && end.state, { count: 7 });
  assert.deepEqual(end.ok && end.projections.map((p) => p.name), ['Totals']);
  assert.deepEqual(calls, [], 'the worker was not asked');
  await fold.momentAt(1);
  assert.deepEqual(calls, ['load', 'setEvents', 'momentAt'], 'start code and sample, then the question');
});

test('after Check (live) the fold is the worker\'s, also at the end', async () => {
  const { runner, calls } = fakeRunner();
  const fold = answerFoldFromBuild(runner as unknown as RunnerClient, first, { code: 'start', sample: [] });
  fold.live();
  await fold.setEvents([]);
  const end = await fold.momentAt(3);
  assert.equal(end.ok && end.position, 99);
  assert.deepEqual(calls, ['setEvents', 'momentAt']);
});
