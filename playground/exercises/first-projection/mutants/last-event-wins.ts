// Wrong: the last event about a machine decides alone, so a disabled machine found healthy is listed; "web-01 added, disabled, then found healthy" must catch it.
import type { Mutation } from '../../mutation.ts';

/** solution.ts with these lines replaced: a wrong answer the checks must reject. */
export const mutation: Mutation = [
  {
    replace: [
      "// Octopus Deploy: machines come and go; auto-deploy targets the available ones.",
    ],
    with: [],
  },
  {
    replace: [
      "type Health = 'unknown' | 'healthy' | 'warnings' | 'unhealthy' | 'unavailable';",
      "",
      "/** What the projection remembers of each machine: the two things availability depends on. */",
      "export interface MachineStatus {",
      "  enabled: boolean;",
      "  health: Health;",
      "}",
      "",
      "/** The read model the auto-deploy trigger asks: which machines can take a deployment now? */",
    ],
    with: [],
  },
  {
    replace: [
      "  machines: Record<string, MachineStatus>;",
      "  /** Sorted machine names, each once: enabled, and found healthy or with warnings. */",
    ],
    with: [],
  },
  {
    replace: [
      "/** A machine is added enabled, and nobody has checked its health yet. */",
      "const newMachine: MachineStatus = { enabled: true, health: 'unknown' };",
      "",
      "const isAvailable = (status: MachineStatus): boolean =>",
      "  status.enabled && (status.health === 'healthy' || status.health === 'warnings');",
      "",
      "/** The change one event makes to its machine's status. */",
      "function changeOf(event: Exclude<MachineEvent, { type: 'ReleaseCreated' }>): Partial<MachineStatus> {",
      "  switch (event.type) {",
      "    case 'MachineAdded':",
      "      return newMachine;",
      "    case 'MachineEnabled':",
      "      return { enabled: true };",
      "    case 'MachineDisabled':",
      "      return { enabled: false };",
      "    case 'MachineFoundHealthy':",
      "      return { health: 'healthy' };",
      "    case 'MachineFoundWithWarnings':",
      "      return { health: 'warnings' };",
      "    case 'MachineFoundUnavailable':",
      "      return { health: 'unavailable' };",
      "    case 'MachineFoundUnhealthy':",
      "      return { health: 'unhealthy' };",
      "  }",
      "}",
    ],
    with: [
      "const becameAvailable = ['MachineEnabled', 'MachineFoundHealthy', 'MachineFoundWithWarnings'] as const;",
      "const becameUnavailable = ['MachineAdded', 'MachineDisabled', 'MachineFoundUnavailable', 'MachineFoundUnhealthy'] as const;",
    ],
  },
  {
    replace: [
      "  canHandle: [",
      "    'MachineAdded',",
      "    'MachineEnabled',",
      "    'MachineDisabled',",
      "    'MachineFoundHealthy',",
      "    'MachineFoundWithWarnings',",
      "    'MachineFoundUnavailable',",
      "    'MachineFoundUnhealthy',",
      "  ],",
      "  initialState: () => ({ machines: {}, available: [] }),",
    ],
    with: [
      "  canHandle: [...becameAvailable, ...becameUnavailable],",
      "  initialState: () => ({ available: [] }),",
    ],
  },
  {
    replace: [
      "    // Enabled and health are tracked apart: being found healthy does not undo a disable.",
      "    const status = { ...(view.machines[machine] ?? newMachine), ...changeOf(event) };",
      "    const machines = { ...view.machines, [machine]: status };",
      "    const available = Object.keys(machines)",
      "      .filter((name) => isAvailable(machines[name] ?? newMachine))",
      "      .sort();",
      "    return { machines, available };",
    ],
    with: [
      "    const others = view.available.filter((name) => name !== machine);",
      "    const available = (becameAvailable as readonly string[]).includes(event.type) ? [...others, machine] : others;",
      "    return { available: available.sort() };",
    ],
  },
  {
    replace: [
      "// The write side, folded per environment: how many machine events it has seen.",
    ],
    with: [],
  },
];
