import type { WorkerLike } from './client-api.ts';
import { isRoomNotice, type StartMessage } from './room-protocol.ts';

/**
 * The sealed room: where the page runs learner code. A hidden iframe with
 * `sandbox="allow-scripts"` and no `allow-same-origin` has an opaque origin,
 * so nothing started inside it (the runner worker included) can reach the
 * site's Cache Storage, IndexedDB, OPFS, cookies, storage, locks or service
 * worker, by any path: they belong to another origin. Its own CSP adds no
 * network at all (`connect-src 'none'`) and no scripts but its own.
 *
 * An opaque origin can start a worker only from a blob it made itself, so
 * the page fetches the worker's bundle (same origin, cached for offline use)
 * and hands the bytes over. The worker is a classic one: Chromium refuses a
 * module worker from an opaque origin's own blob (a CORS check it cannot
 * pass), and the bundle is one file with no imports, so nothing is lost.
 * With the bytes come two ports: one for runner calls, which then
 * go straight between the page and the worker (no hop through the room), and
 * one on which the room reports a worker that died.
 */

const ROOM_POLICY = [
  "default-src 'none'",
  // The room's one inline script below; eval for learner code (inside SES compartments); the worker's blob.
  "script-src 'unsafe-inline' 'unsafe-eval' blob:",
  'worker-src blob:',
  "connect-src 'none'",
  "form-action 'none'",
  "base-uri 'none'",
].join('; ');

/** Runs in the room. Plain ES2017 text: the room loads nothing, so this is all it has. */
const ROOM_SCRIPT = `(() => {
  const start = (event) => {
    const data = event.data;
    if (event.source !== parent || !data || data.source !== 'event-sourcing-room' || data.type !== 'start') return;
    if (event.ports.length !== 2 || !(data.worker instanceof Blob)) return;
    removeEventListener('message', start);
    const [runner, control] = event.ports;
    let worker;
    try {
      worker = new Worker(URL.createObjectURL(data.worker), { name: 'event-sourcing-runner' });
    } catch (error) {
      control.postMessage({ type: 'boot-failed', message: String((error && error.message) || error) });
      return;
    }
    worker.addEventListener('error', (error) => {
      error.preventDefault();
      const notice = { type: 'crashed', message: error.message || 'The runner stopped.' };
      if (/learner\\.ts$/.test(error.filename || '')) Object.assign(notice, { line: error.lineno, column: error.colno });
      control.postMessage(notice);
    });
    worker.postMessage({ type: 'connect' }, [runner]);
  };
  addEventListener('message', start);
})();`;

const ROOM_HTML = `<!doctype html><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${ROOM_POLICY}"><title>Code runner</title><script>${ROOM_SCRIPT}</script>`;

/** Opens a room running the worker whose code `workerCode` resolves to. */
export function openRoom(workerCode: () => Promise<Blob>): WorkerLike {
  const runner = new MessageChannel();
  const control = new MessageChannel();
  const crashes = new EventTarget();
  const report = (notice: { message: string; line?: number; column?: number }, bootFailed = false): void => {
    crashes.dispatchEvent(new ErrorEvent('error', {
      message: notice.message,
      lineno: notice.line ?? 0,
      colno: notice.column ?? 0,
      filename: bootFailed ? 'boot' : '',
      cancelable: true,
    }));
  };
  control.port1.addEventListener('message', (event: MessageEvent<unknown>) => {
    if (isRoomNotice(event.data)) report(event.data, event.data.type === 'boot-failed');
  });
  control.port1.start();
  runner.port1.start();

  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-scripts');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.title = 'Code runner';
  frame.hidden = true;
  frame.srcdoc = ROOM_HTML;
  frame.addEventListener('load', () => {
    workerCode().then(
      (worker) => {
        const start: StartMessage = { source: 'event-sourcing-room', type: 'start', worker };
        // The room's origin is opaque: it has no name to target, and the message holds nothing secret.
        frame.contentWindow?.postMessage(start, '*', [runner.port2, control.port2]);
      },
      (error: unknown) => report({ message: `The runner's code could not be loaded: ${error instanceof Error ? error.message : String(error)}` }, true),
    );
  }, { once: true });
  document.body.append(frame);

  return {
    postMessage: (message: unknown, transfer?: Transferable[]) => runner.port1.postMessage(message, transfer ?? []),
    addEventListener: (type: string, listener: EventListenerOrEventListenerObject) => {
      if (type === 'error') crashes.addEventListener(type, listener);
      else runner.port1.addEventListener(type, listener);
    },
    removeEventListener: (type: string, listener: EventListenerOrEventListenerObject) => {
      if (type === 'error') crashes.removeEventListener(type, listener);
      else runner.port1.removeEventListener(type, listener);
    },
    terminate: () => {
      // Removing the frame ends its worker at once, even one stuck in a loop.
      frame.remove();
      runner.port1.close();
      control.port1.close();
    },
  };
}
