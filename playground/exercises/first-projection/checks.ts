import type { Event, Projection } from '#engine';
import { exportedObject, type ExerciseCheck, type LearnerModule } from '../kit.ts';

const e = (type: string, machine: string): Event => ({ type, data: { machine } });

export const sample: Event[] = [
  e('MachineEnabled', 'web-01'),
  e('MachineEnabled', 'web-02'),
  { type: 'ReleaseCreated', data: { release: '3.4.0' } },
  e('MachineFoundUnhealthy', 'web-01'),
  e('MachineFoundHealthy', 'web-01'),
  e('MachineFoundWithWarnings', 'db-01'),
  e('MachineFoundUnavailable', 'web-02'),
];

type AnyProjection = Projection<unknown, Event>;

/** Runs the learner's projection as a store would: only the events it says it can handle. */
function runProjection(learner: LearnerModule, events: readonly Event[]): unknown {
  const projection = exportedObject<AnyProjection>(learner, 'availableMachines');
  if (typeof projection.evolve !== 'function' || typeof projection.initialState !== 'function') {
    throw new TypeError('availableMachines needs initialState() and evolve(view, event)');
  }
  const handled = new Set<string>(projection.canHandle);
  return events.filter((event) => handled.has(event.type)).reduce(projection.evolve, projection.initialState());
}

function viewCheck(given: string, then: string, events: readonly Event[], available: string[]): ExerciseCheck {
  return {
    given,
    when: 'projecting availableMachines',
    then,
    run: (learner) => ({ expected: { available }, actual: runProjection(learner, events) }),
  };
}

export const checks: ExerciseCheck[] = [
  viewCheck('no events', 'no machine is available', [], []),
  viewCheck('web-01 enabled', 'web-01 is available', [e('MachineEnabled', 'web-01')], ['web-01']),
  viewCheck(
    'web-01 enabled, then found unhealthy',
    'nothing is available',
    [e('MachineEnabled', 'web-01'), e('MachineFoundUnhealthy', 'web-01')],
    [],
  ),
  viewCheck(
    'db-01 found with warnings, web-01 found healthy',
    'both are available, sorted by name',
    [e('MachineFoundWithWarnings', 'db-01'), e('MachineFoundHealthy', 'web-01')],
    ['db-01', 'web-01'],
  ),
  viewCheck(
    'web-01 enabled twice',
    'web-01 is listed once',
    [e('MachineEnabled', 'web-01'), e('MachineEnabled', 'web-01')],
    ['web-01'],
  ),
  viewCheck('the sample environment history', 'db-01 and web-01 are available', sample, ['db-01', 'web-01']),
];
