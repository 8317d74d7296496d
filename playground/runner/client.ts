import { createRunnerWith, type RunnerClient, type RunnerOptions } from './client-core.ts';
// Vite bundles the worker and gives its URL (see startWorker for why not `new Worker(new URL(...))`).
import workerUrl from './worker.ts?worker&url';

export type { RestartInfo, RunnerClient, RunnerOptions } from './client-core.ts';
export { staleFailure } from './client-core.ts';

/**
 * Starts the worker from a tiny blob: module that imports the real (bundled,
 * same-origin) worker. Why not `new Worker(new URL('./worker.ts', ...))`:
 * a worker loaded from a same-origin URL gets the CSP of its own HTTP
 * response, and a static host sends none, so it would run with no policy
 * (measured in Chromium: fetch to another origin and eval both allowed). A
 * worker from a blob: URL inherits the page's policy instead, so the site's
 * connect-src 'self' and script-src also bind learner code, including a
 * dynamic import() built at run time.
 */
function startWorker(): Worker {
  const target = new URL(workerUrl, globalThis.location.href).href;
  const boot = new Blob([`import ${JSON.stringify(target)};\n`], { type: 'text/javascript' });
  const bootUrl = URL.createObjectURL(boot);
  const worker = new Worker(bootUrl, { type: 'module', name: 'event-sourcing-runner' });
  // The worker fetches the blob asynchronously; release it once that has surely happened.
  setTimeout(() => URL.revokeObjectURL(bootUrl), 30_000);
  return worker;
}

/**
 * The runner for a page: learner code runs in a Web Worker under a watchdog
 * (default budget 2 s). Create it in browser code only (it starts the worker
 * on the first call).
 */
export function createRunner(options: RunnerOptions = {}): RunnerClient {
  return createRunnerWith(startWorker, options);
}
