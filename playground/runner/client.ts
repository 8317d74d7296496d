import { createRunnerWith, type RunnerClient, type RunnerOptions } from './client-core.ts';
import { openRoom } from './room.ts';
// Vite bundles the worker into one file and gives its URL; the room starts it from those bytes.
import workerUrl from './worker.ts?worker&url';

export type { RestartInfo, RunnerClient, RunnerOptions } from './client-core.ts';
export { staleFailure } from './client-core.ts';

let workerCode: Promise<Blob> | undefined;

/** The worker's bundle, fetched once per page (the service worker caches it for offline use). */
function fetchWorkerCode(): Promise<Blob> {
  workerCode ??= fetch(new URL(workerUrl, globalThis.location.href)).then(async (response) => {
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    // The room starts it as a classic worker (see room.ts); the bundle was
    // written as a module, so keep the strict mode SES requires.
    return new Blob(['"use strict";\n', await response.blob()], { type: 'text/javascript' });
  });
  // A failed download is not kept: the next room tries again.
  workerCode.catch(() => {
    workerCode = undefined;
  });
  return workerCode;
}

/**
 * The runner for a page: learner code runs in a Web Worker inside a sealed
 * room (room.ts) under a watchdog (default budget 2 s). Create it in browser
 * code only (it opens the room on the first call).
 */
export function createRunner(options: RunnerOptions = {}): RunnerClient {
  return createRunnerWith(() => openRoom(fetchWorkerCode), options);
}
