import type { Event, Projection } from '#engine';
import { exportedObject, type ExerciseCheck, type LearnerModule } from '../kit.ts';

const e = (type: string, machine: string): Event => ({ type, data: { machine } });
const added = (machine: string): Event => e('MachineAdded', machine);

export const sample: Event[] = [
  added('web-01'),
  added('web-02'),
  added('db-01'),
  { type: 'ReleaseCreated', data: { release: '3.4.0' } },
  e('MachineFoundHealthy', 'web-01'),
  e('MachineFoundHealthy', 'web-02'),
  e('MachineFoundWithWarnings', 'db-01'),
  e('MachineFoundUnhealthy', 'web-01'),
  e('MachineFoundHealthy', 'web-01'),
  e('MachineDisabled', 'web-02'),
  e('MachineFoundHealthy', 'web-02'),
];

type AnyProjection = Projection<unknown, Event>;

/** Runs the learner's projection as a store would: only the events it says it can handle. */
function runProjection(learner: LearnerModule, events: readonly Event[]): unknown {
  const projection = exportedObject<AnyProjection>(learner, 'availableMachines');
  if (typeof projection.evolve !== 'function' || typeof projection.initialState !== 'function') {
    throw new TypeError('availableMachines needs initialState() and evolve(view, event)');
  }
  if (!Array.isArray(projection.canHandle)) throw new TypeError('availableMachines.canHandle must be an array of event types');
  const handled = new Set<string>(projection.canHandle);
  return events.filter((event) => handled.has(event.type)).reduce(projection.evolve, projection.initialState());
}

/**
 * Only `available` is compared: what else the view keeps to compute it
 * (enabled and health per machine, counters...) is the learner's design.
 */
function availableIn(view: unknown): unknown {
  if (typeof view !== 'object' || view === null || !('available' in view)) {
    return { missing: 'the view has no "available" list' };
  }
  return view.available;
}

function viewCheck(given: string, then: string, events: readonly Event[], available: string[]): ExerciseCheck {
  return {
    given,
    when: 'projecting availableMachines',
    then,
    run: (learner) => ({ expected: available, actual: availableIn(runProjection(learner, events)) }),
  };
}

export const checks: ExerciseCheck[] = [
  viewCheck('no events', 'no machine is available', [], []),
  viewCheck('web-01 added, its health not checked yet', 'nothing is available yet', [added('web-01')], []),
  viewCheck('web-01 added, then found healthy', 'web-01 is available', [added('web-01'), e('MachineFoundHealthy', 'web-01')], [
    'web-01',
  ]),
  viewCheck(
    'web-01 added, found healthy, then found unhealthy',
    'nothing is available',
    [added('web-01'), e('MachineFoundHealthy', 'web-01'), e('MachineFoundUnhealthy', 'web-01')],
    [],
  ),
  viewCheck(
    'web-01 added, disabled, then found healthy',
    'nothing is available: a healthy machine that is disabled gets no deployment',
    [added('web-01'), e('MachineDisabled', 'web-01'), e('MachineFoundHealthy', 'web-01')],
    [],
  ),
  viewCheck(
    'web-01 found healthy, disabled, then enabled again',
    'web-01 is available again: it is still healthy',
    [added('web-01'), e('MachineFoundHealthy', 'web-01'), e('MachineDisabled', 'web-01'), e('MachineEnabled', 'web-01')],
    ['web-01'],
  ),
  viewCheck(
    'web-01 added and found healthy, then db-01 added and found with warnings',
    'both are available, sorted by name',
    [added('web-01'), e('MachineFoundHealthy', 'web-01'), added('db-01'), e('MachineFoundWithWarnings', 'db-01')],
    ['db-01', 'web-01'],
  ),
  viewCheck(
    'web-01 found healthy twice',
    'web-01 is listed once',
    [added('web-01'), e('MachineFoundHealthy', 'web-01'), e('MachineFoundHealthy', 'web-01')],
    ['web-01'],
  ),
  viewCheck('the sample environment history', 'db-01 and web-01 are available; web-02 is disabled', sample, [
    'db-01',
    'web-01',
  ]),
];
