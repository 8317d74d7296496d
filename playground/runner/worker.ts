/// <reference lib="webworker" />
import { expose, type Endpoint } from 'comlink';
import { createSession } from './session.ts';
import { lockdown } from './lockdown.ts';
import { withProxyRelease } from './release-proxies.ts';

/**
 * The only place learner code runs. A dedicated worker has no DOM and no
 * access to the page; the site's CSP keeps requests on our own origin, and
 * `lockdown` takes network, storage and messaging APIs away from the global
 * scope before any learner code runs. Comlink talks through functions
 * captured here first, so learner code cannot forge replies to the page.
 * If the code loops, the client terminates this worker and starts another:
 * nothing here needs to cooperate.
 */
const scope: DedicatedWorkerGlobalScope = self as unknown as DedicatedWorkerGlobalScope;
const endpoint: Endpoint = {
  postMessage: scope.postMessage.bind(scope),
  addEventListener: scope.addEventListener.bind(scope),
  removeEventListener: scope.removeEventListener.bind(scope),
};
lockdown(scope);
expose(withProxyRelease(createSession()), endpoint);
