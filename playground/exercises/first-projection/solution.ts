import type { Decider, Projection } from '#engine';

// Octopus Deploy: machines come and go; auto-deploy targets the available ones.
export type MachineEvent =
  | { type: 'MachineEnabled'; data: { machine: string } }
  | { type: 'MachineFoundHealthy'; data: { machine: string } }
  | { type: 'MachineFoundWithWarnings'; data: { machine: string } }
  | { type: 'MachineDisabled'; data: { machine: string } }
  | { type: 'MachineFoundUnavailable'; data: { machine: string } }
  | { type: 'MachineFoundUnhealthy'; data: { machine: string } }
  | { type: 'ReleaseCreated'; data: { release: string } };

/** The read model the auto-deploy trigger asks: which machines can take a deployment now? */
export interface Availability {
  /** Sorted machine names, each once. */
  available: string[];
}

const becameAvailable = ['MachineEnabled', 'MachineFoundHealthy', 'MachineFoundWithWarnings'] as const;
const becameUnavailable = ['MachineDisabled', 'MachineFoundUnavailable', 'MachineFoundUnhealthy'] as const;

export const availableMachines: Projection<Availability, MachineEvent> = {
  name: 'availableMachines',
  canHandle: [...becameAvailable, ...becameUnavailable],
  initialState: () => ({ available: [] }),
  evolve: (view, event) => {
    if (event.type === 'ReleaseCreated') return view;
    const { machine } = event.data;
    const others = view.available.filter((name) => name !== machine);
    const available = (becameAvailable as readonly string[]).includes(event.type) ? [...others, machine] : others;
    return { available: available.sort() };
  },
};

export const projections = [availableMachines];

// The write side, folded per environment: how many machines it has seen.
export const decider: Decider<{ events: number }, { type: 'Noop'; data: null }, MachineEvent> = {
  initialState: () => ({ events: 0 }),
  evolve: (state) => ({ events: state.events + 1 }),
  decide: () => [],
};
