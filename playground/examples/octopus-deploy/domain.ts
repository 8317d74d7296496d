/**
 * Octopus Deploy: machines that come and go, and automatic deployment.
 *
 * In Octopus 3.4 ("elastic and transient environments") a trigger runs every
 * few seconds, reads the events since its last pass, weighs the ones that
 * make a machine available (enabled, found healthy, found with warnings)
 * against those that take it away (disabled, found unavailable, found
 * unhealthy), and deploys the current release to machines that came online.
 */
import { DomainError, type Command, type Decider, type Event, type Projection } from '#engine';

type Health = 'unknown' | 'healthy' | 'warnings' | 'unhealthy' | 'unavailable';

// ---- Events ----------------------------------------------------------------
export type DeployEvent =
  | Event<'MachineAdded', { machine: string; role: string }>
  | Event<'MachineEnabled', { machine: string }>
  | Event<'MachineDisabled', { machine: string }>
  | Event<'MachineFoundHealthy', { machine: string }>
  | Event<'MachineFoundWithWarnings', { machine: string; warning: string }>
  | Event<'MachineFoundUnavailable', { machine: string }>
  | Event<'MachineFoundUnhealthy', { machine: string; reason: string }>
  | Event<'ReleasePromoted', { release: string }>
  | Event<'DeploymentStarted', { machine: string; release: string; trigger: 'promotion' | 'auto-deploy' }>
  | Event<'DeploymentSucceeded', { machine: string; release: string }>
  | Event<'DeploymentFailed', { machine: string; release: string; reason: string }>;

// ---- Commands ----------------------------------------------------------------
export type DeployCommand =
  | Command<'AddMachine', { machine: string; role: string }>
  | Command<'EnableMachine', { machine: string }>
  | Command<'DisableMachine', { machine: string }>
  | Command<'ReportHealth', { machine: string; result: 'healthy' | 'warnings' | 'unhealthy' | 'unavailable'; detail: string }>
  | Command<'PromoteRelease', { release: string }>
  | Command<'RunAutoDeployTrigger', Record<string, never>>
  | Command<'FinishDeployment', { machine: string; outcome: 'succeeded' | 'failed'; detail: string }>;

interface Machine {
  role: string;
  enabled: boolean;
  health: Health;
  /** The release it runs ("" for none) and the one being deployed to it. */
  release: string;
  deploying: string;
}

export interface EnvironmentState {
  release: string;
  machines: Record<string, Machine>;
  /** How many machines can take a deployment right now (charted). */
  availableMachines: number;
}

/** Enabled and found healthy or with warnings: the "positive" side of the balance. */
export const isAvailable = (m: Machine): boolean => m.enabled && (m.health === 'healthy' || m.health === 'warnings');

const withMachine = (state: EnvironmentState, name: string, change: Partial<Machine>): EnvironmentState => {
  const current = state.machines[name];
  if (!current) return state;
  const machines = { ...state.machines, [name]: { ...current, ...change } };
  return { ...state, machines, availableMachines: Object.values(machines).filter(isAvailable).length };
};

export const decider: Decider<EnvironmentState, DeployCommand, DeployEvent> = {
  initialState: () => ({ release: '', machines: {}, availableMachines: 0 }),

  evolve: (state, event) => {
    const name = 'machine' in event.data ? event.data.machine : '';
    switch (event.type) {
      case 'MachineAdded': {
        const machine: Machine = { role: event.data.role, enabled: true, health: 'unknown', release: '', deploying: '' };
        return { ...state, machines: { ...state.machines, [name]: machine } };
      }
      case 'MachineEnabled': return withMachine(state, name, { enabled: true });
      case 'MachineDisabled': return withMachine(state, name, { enabled: false });
      case 'MachineFoundHealthy': return withMachine(state, name, { health: 'healthy' });
      case 'MachineFoundWithWarnings': return withMachine(state, name, { health: 'warnings' });
      case 'MachineFoundUnavailable': return withMachine(state, name, { health: 'unavailable' });
      case 'MachineFoundUnhealthy': return withMachine(state, name, { health: 'unhealthy' });
      case 'ReleasePromoted': return { ...state, release: event.data.release };
      case 'DeploymentStarted': return withMachine(state, name, { deploying: event.data.release });
      case 'DeploymentSucceeded': return withMachine(state, name, { deploying: '', release: event.data.release });
      case 'DeploymentFailed': return withMachine(state, name, { deploying: '' });
      default: {
        const unhandled: never = event;
        throw new Error(`Unknown event: ${JSON.stringify(unhandled)}`);
      }
    }
  },

  decide: (command, state): DeployEvent | DeployEvent[] => {
    const machine = 'machine' in command.data ? state.machines[command.data.machine] : undefined;
    const name = 'machine' in command.data ? command.data.machine : '';
    if (command.type !== 'AddMachine' && 'machine' in command.data && !machine) {
      throw new DomainError(`No machine called ${name}`, 'Only registered machines can change');
    }
    // Deploy the current release to every available machine that does not run it yet.
    const deployToAvailable = (release: string, trigger: 'promotion' | 'auto-deploy'): DeployEvent[] =>
      Object.entries(state.machines)
        .filter(([, m]) => isAvailable(m) && m.release !== release && m.deploying === '')
        .map(([machine]) => ({ type: 'DeploymentStarted', data: { machine, release, trigger } }));

    switch (command.type) {
      case 'AddMachine':
        if (state.machines[name]) throw new DomainError(`${name} is registered`, 'Machine names are unique');
        return { type: 'MachineAdded', data: { machine: name, role: command.data.role } };
      case 'EnableMachine':
        return machine?.enabled ? [] : { type: 'MachineEnabled', data: { machine: name } };
      case 'DisableMachine':
        return machine?.enabled ? { type: 'MachineDisabled', data: { machine: name } } : [];
      case 'ReportHealth': {
        // A health check that finds nothing new records nothing.
        const { result, detail } = command.data;
        if (machine?.health === result) return [];
        if (result === 'healthy') return { type: 'MachineFoundHealthy', data: { machine: name } };
        if (result === 'warnings') return { type: 'MachineFoundWithWarnings', data: { machine: name, warning: detail } };
        if (result === 'unhealthy') return { type: 'MachineFoundUnhealthy', data: { machine: name, reason: detail } };
        return { type: 'MachineFoundUnavailable', data: { machine: name } };
      }
      case 'PromoteRelease':
        if (command.data.release === state.release) throw new DomainError(`${state.release} is current`, 'A release is promoted once');
        return [{ type: 'ReleasePromoted', data: { release: command.data.release } }, ...deployToAvailable(command.data.release, 'promotion')];
      case 'RunAutoDeployTrigger':
        if (state.release === '') throw new DomainError('No release has been promoted', 'Auto-deploy needs a promoted release');
        return deployToAvailable(state.release, 'auto-deploy');
      case 'FinishDeployment': {
        const release = machine?.deploying ?? '';
        if (release === '') throw new DomainError(`${name} is not deploying`, 'Only a running deployment can finish');
        return command.data.outcome === 'succeeded'
          ? { type: 'DeploymentSucceeded', data: { machine: name, release } }
          : { type: 'DeploymentFailed', data: { machine: name, release, reason: command.data.detail } };
      }
      default: {
        const unhandled: never = command;
        throw new Error(`Unknown command: ${JSON.stringify(unhandled)}`);
      }
    }
  },
};

// ---- Projections -------------------------------------------------------------

const becomesAvailable: DeployEvent['type'][] = ['MachineEnabled', 'MachineFoundHealthy', 'MachineFoundWithWarnings'];
const noLongerAvailable: DeployEvent['type'][] = ['MachineDisabled', 'MachineFoundUnavailable', 'MachineFoundUnhealthy'];

/** The balance the trigger computes: positive and negative events per machine. */
export const availability: Projection<Record<string, { positive: number; negative: number }>, DeployEvent> = {
  name: 'Availability balance',
  canHandle: [...becomesAvailable, ...noLongerAvailable],
  initialState: () => ({}),
  evolve: (view, event) => {
    if (!('machine' in event.data)) return view;
    const row = view[event.data.machine] ?? { positive: 0, negative: 0 };
    const positive = becomesAvailable.includes(event.type);
    return { ...view, [event.data.machine]: positive ? { ...row, positive: row.positive + 1 } : { ...row, negative: row.negative + 1 } };
  },
};

/** Which machine runs which release: the dashboard's environment view. */
export const releasesByMachine: Projection<Record<string, string>, DeployEvent> = {
  name: 'Release on each machine',
  canHandle: ['MachineAdded', 'DeploymentSucceeded', 'DeploymentFailed'],
  initialState: () => ({}),
  evolve: (view, event) => {
    switch (event.type) {
      case 'MachineAdded': return { ...view, [event.data.machine]: 'none' };
      case 'DeploymentSucceeded': return { ...view, [event.data.machine]: event.data.release };
      case 'DeploymentFailed': return { ...view, [event.data.machine]: `${view[event.data.machine] ?? 'none'} (${event.data.release} failed)` };
      default: return view;
    }
  },
};

export const projections = [availability, releasesByMachine];
