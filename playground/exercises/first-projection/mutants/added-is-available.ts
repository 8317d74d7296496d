// Wrong: a machine counts as healthy as soon as it is added, before any health check; "web-01 added, its health not checked yet" must catch it.
import type { Mutation } from '../../mutation.ts';

/** solution.ts with these lines replaced: a wrong answer the checks must reject. */
export const mutation: Mutation = [
  {
    replace: [
      "const newMachine: MachineStatus = { enabled: true, health: 'unknown' };",
    ],
    with: [
      "const newMachine: MachineStatus = { enabled: true, health: 'healthy' };",
    ],
  },
];
