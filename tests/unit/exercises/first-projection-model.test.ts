// The exercise and the playground's Octopus example must teach the same
// model: a machine is available when it is enabled and found healthy or with
// warnings. A projection built on the example's own decider and isAvailable
// passes every check of first-projection (correction 3 of issue 12).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Event, Projection } from '#engine';
import { runChecks } from '../../../playground/exercises/check-runner.ts';
import { checks } from '../../../playground/exercises/first-projection/checks.ts';
import { decider, isAvailable, type EnvironmentState } from '../../../playground/examples/octopus-deploy/domain.ts';

const machineEvents = [
  'MachineAdded',
  'MachineEnabled',
  'MachineDisabled',
  'MachineFoundHealthy',
  'MachineFoundWithWarnings',
  'MachineFoundUnavailable',
  'MachineFoundUnhealthy',
];

type View = EnvironmentState & { available: string[] };

const fromExample: Projection<View, Event> = {
  name: 'availableMachines',
  canHandle: machineEvents,
  initialState: () => ({ ...decider.initialState(), available: [] }),
  evolve: (view, event) => {
    // The example's events carry a role and a warning text; the exercise's do not, and the model ignores both.
    const state = decider.evolve(view, event as Parameters<typeof decider.evolve>[1]);
    const available = Object.entries(state.machines)
      .filter(([, machine]) => isAvailable(machine))
      .map(([name]) => name)
      .sort();
    return { ...state, available };
  },
};

test("first-projection: the Octopus example's own availability model passes every check", async () => {
  const results = await runChecks(checks, { availableMachines: fromExample });
  for (const result of results) assert.ok(result.passed, `${result.title}\n${result.difference}`);
});
