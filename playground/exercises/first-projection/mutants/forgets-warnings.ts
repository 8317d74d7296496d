// Wrong: only a healthy machine counts as available, not one found with warnings; "db-01 added and found with warnings" must catch it.
import type { Decider, Projection } from '#engine';

// Octopus Deploy: machines come and go; auto-deploy targets the available ones.
export type MachineEvent =
  | { type: 'MachineAdded'; data: { machine: string } }
  | { type: 'MachineEnabled'; data: { machine: string } }
  | { type: 'MachineDisabled'; data: { machine: string } }
  | { type: 'MachineFoundHealthy'; data: { machine: string } }
  | { type: 'MachineFoundWithWarnings'; data: { machine: string } }
  | { type: 'MachineFoundUnavailable'; data: { machine: string } }
  | { type: 'MachineFoundUnhealthy'; data: { machine: string } }
  | { type: 'ReleaseCreated'; data: { release: string } };

type Health = 'unknown' | 'healthy' | 'warnings' | 'unhealthy' | 'unavailable';

/** What the projection remembers of each machine: the two things availability depends on. */
export interface MachineStatus {
  enabled: boolean;
  health: Health;
}

/** The read model the auto-deploy trigger asks: which machines can take a deployment now? */
export interface Availability {
  machines: Record<string, MachineStatus>;
  /** Sorted machine names, each once: enabled, and found healthy or with warnings. */
  available: string[];
}

/** A machine is added enabled, and nobody has checked its health yet. */
const newMachine: MachineStatus = { enabled: true, health: 'unknown' };

const isAvailable = (status: MachineStatus): boolean =>
  status.enabled && status.health === 'healthy';

/** The change one event makes to its machine's status. */
function changeOf(event: Exclude<MachineEvent, { type: 'ReleaseCreated' }>): Partial<MachineStatus> {
  switch (event.type) {
    case 'MachineAdded':
      return newMachine;
    case 'MachineEnabled':
      return { enabled: true };
    case 'MachineDisabled':
      return { enabled: false };
    case 'MachineFoundHealthy':
      return { health: 'healthy' };
    case 'MachineFoundWithWarnings':
      return { health: 'warnings' };
    case 'MachineFoundUnavailable':
      return { health: 'unavailable' };
    case 'MachineFoundUnhealthy':
      return { health: 'unhealthy' };
  }
}

export const availableMachines: Projection<Availability, MachineEvent> = {
  name: 'availableMachines',
  canHandle: [
    'MachineAdded',
    'MachineEnabled',
    'MachineDisabled',
    'MachineFoundHealthy',
    'MachineFoundWithWarnings',
    'MachineFoundUnavailable',
    'MachineFoundUnhealthy',
  ],
  initialState: () => ({ machines: {}, available: [] }),
  evolve: (view, event) => {
    if (event.type === 'ReleaseCreated') return view;
    const { machine } = event.data;
    // Enabled and health are tracked apart: being found healthy does not undo a disable.
    const status = { ...(view.machines[machine] ?? newMachine), ...changeOf(event) };
    const machines = { ...view.machines, [machine]: status };
    const available = Object.keys(machines)
      .filter((name) => isAvailable(machines[name] ?? newMachine))
      .sort();
    return { machines, available };
  },
};

export const projections = [availableMachines];

// The write side, folded per environment: how many machine events it has seen.
export const decider: Decider<{ events: number }, { type: 'Noop'; data: null }, MachineEvent> = {
  initialState: () => ({ events: 0 }),
  evolve: (state) => ({ events: state.events + 1 }),
  decide: () => [],
};
