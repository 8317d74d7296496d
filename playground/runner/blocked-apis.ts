/**
 * Takes the network, storage and messaging APIs away from the worker's own
 * global scope. Defence in depth only: learner code runs in a compartment
 * that never sees this scope (realm.ts), the room's CSP has connect-src
 * 'none', and the room's origin is opaque, so storage throws there anyway.
 * If one layer ever fails, the next still holds.
 *
 * The runner talks to the page over a MessagePort it was handed, so taking
 * `postMessage` and `close` away from the scope costs it nothing.
 */

const NETWORK = ['fetch', 'XMLHttpRequest', 'WebSocket', 'WebSocketStream', 'EventSource', 'WebTransport', 'importScripts'];
const ESCAPES = ['Worker', 'SharedWorker', 'BroadcastChannel', 'postMessage', 'close'];
const STORAGE = ['indexedDB', 'caches', 'localStorage', 'sessionStorage'];

export function blockedMessage(name: string): string {
  return `\`${name}\` is not available here: code in the playground runs sealed off from the network, the page and its storage.`;
}

function blocked(name: string): () => never {
  return function blockedApi(): never {
    throw new Error(blockedMessage(name));
  };
}

/** Replaces each API on `scope` with one that throws when called (storage: when read). Returns what it sealed. */
export function blockApis(scope: object = globalThis): string[] {
  const sealed: string[] = [];
  const seal = (name: string, value: unknown): void => {
    try {
      Object.defineProperty(scope, name, { value, writable: false, configurable: false, enumerable: false });
      sealed.push(name);
    } catch {
      // Already non-configurable in this runtime: nothing we can do, CSP still applies.
    }
  };
  for (const name of [...NETWORK, ...ESCAPES]) if (name in scope) seal(name, blocked(name));
  for (const name of STORAGE) {
    // A getter, so that reading `localStorage` explains itself instead of "undefined has no getItem".
    try {
      Object.defineProperty(scope, name, { get: blocked(name), configurable: false, enumerable: false });
      sealed.push(name);
    } catch {
      // Not configurable here; workers have no localStorage anyway.
    }
  }
  return sealed;
}
