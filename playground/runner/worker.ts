/// <reference lib="webworker" />
import { sealRealm } from './realm.ts';
import { expose } from 'comlink';
import { createSession } from './session.ts';
import { blockApis } from './blocked-apis.ts';
import { withProxyRelease } from './release-proxies.ts';
import { isConnectMessage } from './room-protocol.ts';
// The worker entry is where the runner meets the exercises: the session only
// runs what it is handed, so the checks (never the solutions) come in here.
import { runExercise } from '../exercises/worker-checks.ts';

/**
 * The only place learner code runs, inside the sealed room (room.ts): a
 * dedicated worker started by a sandboxed iframe whose origin is opaque, so
 * the site's storage, caches and service worker are out of reach by any path.
 * Here, SES has hardened the intrinsics and each module the learner loads
 * gets its own compartment (realm.ts), which never sees this global scope.
 *
 * The page talks to the runner over the MessagePort in the room's first
 * message; nothing else is listened to, and learner code holds no reference
 * to that port, so it cannot forge a reply. If the code loops, the page
 * removes the room and starts another: nothing here needs to cooperate.
 */
// Harden the intrinsics before anything can reach learner code.
sealRealm();
const scope = self as unknown as DedicatedWorkerGlobalScope;
const connect = (event: MessageEvent<unknown>): void => {
  const [port] = event.ports;
  if (!port || !isConnectMessage(event.data)) return;
  scope.removeEventListener('message', connect);
  expose(withProxyRelease(createSession({ exercises: runExercise })), port);
};
scope.addEventListener('message', connect);
blockApis(scope);
