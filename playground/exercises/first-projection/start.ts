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

export const availableMachines: Projection<Availability, MachineEvent> = {
  name: 'availableMachines',
  // TODO: list every event type this projection must see.
  canHandle: ['MachineEnabled', 'MachineDisabled'],
  initialState: () => ({ available: [] }),
  // TODO: "becomes available": enabled, found healthy, found with warnings;
  //       "no longer available": disabled, found unavailable, found unhealthy.
  evolve: (view, event) => {
    switch (event.type) {
      case 'MachineEnabled':
        return { available: [...view.available, event.data.machine] };
      default:
        return view;
    }
  },
};

export const projections = [availableMachines];

// The write side, folded per environment: how many machines it has seen.
export const decider: Decider<{ events: number }, { type: 'Noop'; data: null }, MachineEvent> = {
  initialState: () => ({ events: 0 }),
  evolve: (state) => ({ events: state.events + 1 }),
  decide: () => [],
};
