/** The Octopus demo's words: which machines are available, and which of them get the promoted release. */
import { rec, str, type Fact, type Moment } from '../demo-facts.ts';

export function octopusFacts(m: Moment): Fact[] {
  const s = rec(m.state);
  const machines = Object.entries(rec(s.machines)).map(([name, raw]) => {
    const x = rec(raw);
    return { name, enabled: x.enabled, health: x.health, release: x.release, deploying: x.deploying };
  });
  const release = str(s.release);
  // Octopus deploys to enabled machines whose health check passed, warnings included.
  const available = machines.filter((x) => x.enabled === true && (x.health === 'healthy' || x.health === 'warnings'));
  const getsIt = available.filter((x) => release && x.release !== release && x.deploying !== release).map((x) => x.name);
  return [
    { label: 'Release', value: release || 'none promoted yet' },
    { label: 'Available', value: available.map((x) => x.name).join(', ') || 'none' },
    { label: 'Offline or unhealthy', value: machines.filter((x) => !available.includes(x)).map((x) => x.name).join(', ') || 'none' },
    { label: 'Gets the release next', value: getsIt.join(', ') || (release ? 'nobody: all available machines run it' : 'nothing to deploy'), tone: getsIt.length ? 'good' : undefined },
  ];
}
