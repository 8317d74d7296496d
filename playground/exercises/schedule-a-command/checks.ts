import { deepFreeze, project, type Command, type Event, type Projection } from '#engine';
import { exportedFunction, exportedObject, type ExerciseCheck, type LearnerModule } from '../kit.ts';
import { eventsCheck, foldEvents, learnerDecider } from '../decider-checks.ts';

const detected = (conflict: string, detectedAt: string): Event => ({ type: 'ConflictDetected', data: { conflict, detectedAt } });
const manuallyResolved = (conflict: string): Event => ({ type: 'ConflictManuallyResolved', data: { conflict, by: 'james' } });
const expired = (conflict: string): Event => ({ type: 'ConflictGracePeriodExpired', data: { conflict } });
const activated = (conflict: string): Event => ({ type: 'ConflictActivated', data: { conflict } });
const expire = (conflict: string): Command => ({ type: 'ExpireGracePeriod', data: { conflict } });

const log: Event[] = [
  detected('c1', '2016-05-02T09:00:00.000Z'),
  detected('c2', '2016-05-03T12:00:00.000Z'),
  detected('c3', '2016-05-04T08:30:00.000Z'),
  manuallyResolved('c1'),
];

/** One conflict's stream, for the page's fold. */
export const sample: Event[] = [detected('c2', '2016-05-03T12:00:00.000Z'), expired('c2'), activated('c2')];

type AnyProjection = Projection<unknown, Event>;
type DueCommands = (view: unknown, now: string) => Command[];

function view(learner: LearnerModule, events: Event[]): unknown {
  const projection = exportedObject<AnyProjection>(learner, 'gracePeriods');
  if (typeof projection.evolve !== 'function' || !Array.isArray(projection.canHandle)) {
    throw new TypeError('gracePeriods needs canHandle, initialState() and evolve(view, event).');
  }
  return project(projection, deepFreeze(structuredClone(events)));
}

const due = (learner: LearnerModule, events: Event[], now: string): Command[] =>
  exportedFunction<DueCommands>(learner, 'dueCommands')(deepFreeze(view(learner, events)), now);

/**
 * The automation's loop, as a scheduler would run it at `now`: read the
 * to-do list, decide each due command on its conflict's stream, append.
 */
function tick(learner: LearnerModule, events: Event[], now: string): { commands: Command[]; log: Event[] } {
  const decider = learnerDecider(learner);
  const commands = due(learner, events, now);
  let next = events;
  for (const command of commands) {
    const conflict = (command.data as { conflict?: unknown }).conflict;
    const stream = next.filter((event) => (event.data as { conflict?: unknown }).conflict === conflict);
    next = [...next, ...[decider.decide(command, foldEvents(decider, stream))].flat()];
  }
  return { commands, log: next };
}

export const checks: ExerciseCheck[] = [
  {
    given: 'c1 detected on 2016-05-02 at 09:00',
    when: 'projecting gracePeriods',
    then: 'its grace period ends seven days later',
    run: (learner) => ({
      expected: { deadlines: { c1: '2016-05-09T09:00:00.000Z' } },
      actual: view(learner, [detected('c1', '2016-05-02T09:00:00.000Z')]),
    }),
  },
  {
    given: 'c1, c2, c3 detected, c1 resolved by hand and c2 already expired',
    when: 'projecting gracePeriods',
    then: 'only c3 is waiting',
    run: (learner) => ({
      expected: { deadlines: { c3: '2016-05-11T08:30:00.000Z' } },
      actual: view(learner, [...log, expired('c2')]),
    }),
  },
  {
    given: 'c2 and c3 waiting',
    when: 'the automation looks on 2016-05-10 a second before noon, then on 2016-05-11 at 08:30',
    then: 'first nothing is due; then c2 and c3, oldest deadline first (c3 exactly at its deadline)',
    run: (learner) => ({
      expected: [[], [expire('c2'), expire('c3')]],
      actual: [due(learner, log, '2016-05-10T11:59:59.000Z'), due(learner, log, '2016-05-11T08:30:00.000Z')],
    }),
  },
  {
    given: 'c2 and c3 waiting',
    when: 'the scheduler ticks on 2016-05-12, appends what was decided, and ticks again',
    then: 'both conflicts expire and are activated once; the second tick issues nothing',
    run: (learner) => {
      const first = tick(learner, log, '2016-05-12T00:00:00.000Z');
      const second = tick(learner, first.log, '2016-05-12T00:05:00.000Z');
      return {
        expected: { appended: [expired('c2'), activated('c2'), expired('c3'), activated('c3')], secondTick: [] },
        actual: { appended: first.log.slice(log.length), secondTick: second.commands },
      };
    },
  },
  eventsCheck(
    {
      given: 'c1 detected, then resolved by hand',
      when: 'ExpireGracePeriod c1 arrives late',
      then: 'nothing happens: no events (the resolution won the race)',
    },
    [log[0] as Event, manuallyResolved('c1')],
    expire('c1'),
    [],
  ),
  eventsCheck(
    { given: 'c2 detected', when: 'ExpireGracePeriod c2', then: 'ConflictGracePeriodExpired, then ConflictActivated' },
    [detected('c2', '2016-05-03T12:00:00.000Z')],
    expire('c2'),
    [expired('c2'), activated('c2')],
  ),
];
