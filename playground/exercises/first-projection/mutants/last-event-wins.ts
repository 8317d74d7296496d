// Wrong: the last event about a machine decides alone, so a disabled machine found healthy is listed; "web-01 added, disabled, then found healthy" must catch it.
import type { Decider, Projection } from '#engine';

export type MachineEvent =
  | { type: 'MachineAdded'; data: { machine: string } }
  | { type: 'MachineEnabled'; data: { machine: string } }
  | { type: 'MachineDisabled'; data: { machine: string } }
  | { type: 'MachineFoundHealthy'; data: { machine: string } }
  | { type: 'MachineFoundWithWarnings'; data: { machine: string } }
  | { type: 'MachineFoundUnavailable'; data: { machine: string } }
  | { type: 'MachineFoundUnhealthy'; data: { machine: string } }
  | { type: 'ReleaseCreated'; data: { release: string } };

export interface Availability {
  available: string[];
}

const becameAvailable = ['MachineEnabled', 'MachineFoundHealthy', 'MachineFoundWithWarnings'] as const;
const becameUnavailable = ['MachineAdded', 'MachineDisabled', 'MachineFoundUnavailable', 'MachineFoundUnhealthy'] as const;

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

export const decider: Decider<{ events: number }, { type: 'Noop'; data: null }, MachineEvent> = {
  initialState: () => ({ events: 0 }),
  evolve: (state) => ({ events: state.events + 1 }),
  decide: () => [],
};
