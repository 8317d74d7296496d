import { storyOf } from '../stream-builder.ts';
import type { DeployCommand } from './domain.ts';

type Result = 'healthy' | 'warnings' | 'unhealthy' | 'unavailable';
const health = (machine: string, result: Result, detail = ''): DeployCommand => ({ type: 'ReportHealth', data: { machine, result, detail } });
const done = (machine: string, outcome: 'succeeded' | 'failed' = 'succeeded', detail = ''): DeployCommand => ({ type: 'FinishDeployment', data: { machine, outcome, detail } });
const add = (machine: string): DeployCommand => ({ type: 'AddMachine', data: { machine, role: 'octofx-web' } });
const trigger: DeployCommand = { type: 'RunAutoDeployTrigger', data: {} };
const check = 'octopus:health-check';
const auto = 'octopus:auto-deploy-trigger';
const tentacle = 'tentacle';

// OctoFX's production web tier on an Azure scale set: machines come and go, and the release follows them.
export const story = storyOf<DeployCommand>([
  ['2016-07-06T08:00:12Z', 'azure-scale-set:octofx-prod', add('web-01')],
  ['2016-07-06T08:00:14Z', 'azure-scale-set:octofx-prod', add('web-02')],
  ['2016-07-06T08:01:03Z', check, health('web-01', 'healthy')],
  ['2016-07-06T08:01:04Z', check, health('web-02', 'healthy')],
  ['2016-07-06T09:30:00Z', 'user:alice.chen', { type: 'PromoteRelease', data: { release: '2.4.0' } }],
  ['2016-07-06T09:32:41Z', tentacle, done('web-01')],
  ['2016-07-06T09:32:58Z', tentacle, done('web-02')],
  ['2016-07-06T11:15:20Z', 'azure-scale-set:octofx-prod', add('web-03')],
  ['2016-07-06T11:16:05Z', check, health('web-03', 'healthy')],
  ['2016-07-06T11:16:15Z', auto, trigger],
  ['2016-07-06T11:18:40Z', tentacle, done('web-03')],
  ['2016-07-06T13:02:33Z', check, health('web-02', 'unavailable')],
  ['2016-07-06T13:40:09Z', 'azure-scale-set:octofx-prod', add('web-04')],
  ['2016-07-06T13:41:00Z', check, health('web-04', 'warnings', 'Disk C: has 4% free space')],
  ['2016-07-06T13:41:15Z', auto, trigger],
  ['2016-07-06T13:44:51Z', tentacle, done('web-04')],
  ['2016-07-06T14:20:30Z', check, health('web-02', 'healthy')],
  ['2016-07-06T14:20:45Z', auto, trigger],
  ['2016-07-06T15:05:00Z', 'user:bob.martin', { type: 'DisableMachine', data: { machine: 'web-03' } }],
  ['2016-07-06T16:00:00Z', 'user:alice.chen', { type: 'PromoteRelease', data: { release: '2.5.0' } }],
  ['2016-07-06T16:02:10Z', tentacle, done('web-01')],
  ['2016-07-06T16:02:31Z', tentacle, done('web-02')],
  ['2016-07-06T16:03:02Z', tentacle, done('web-04', 'failed', 'Disk C: is full')],
  ['2016-07-06T16:05:44Z', check, health('web-04', 'unhealthy', 'Disk C: is full')],
  ['2016-07-06T16:40:00Z', 'user:bob.martin', { type: 'EnableMachine', data: { machine: 'web-03' } }],
  ['2016-07-06T16:40:15Z', auto, trigger],
  ['2016-07-06T16:42:37Z', tentacle, done('web-03')],
  ['2016-07-06T17:10:00Z', check, health('web-04', 'healthy')],
]);
