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

export const availableMachines: Projection<Availability, MachineEvent> = {
  name: 'availableMachines',
  // TODO: list every event type this projection must see.
  canHandle: ['MachineAdded', 'MachineFoundHealthy'],
  initialState: () => ({ machines: {}, available: [] }),
  // TODO: keep `enabled` and `health` per machine (enable/disable change one, the health checks
  //       the other), then list the machines that are enabled AND healthy or with warnings.
  evolve: (view, event) => {
    switch (event.type) {
      case 'MachineAdded':
        return { ...view, machines: { ...view.machines, [event.data.machine]: newMachine } };
      case 'MachineFoundHealthy':
        return { ...view, available: [...view.available, event.data.machine] };
      default:
        return view;
    }
  },
};

export const projections = [availableMachines];

// The write side, folded per environment: how many machine events it has seen.
export const decider: Decider<{ events: number }, { type: 'Noop'; data: null }, MachineEvent> = {
  initialState: () => ({ events: 0 }),
  evolve: (state) => ({ events: state.events + 1 }),
  decide: () => [],
};
