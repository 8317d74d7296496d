import 'ses';
import { blockedMessage } from './blocked-apis.ts';

/**
 * The sealed room's inside: SES hardens the JavaScript intrinsics, and each
 * module the learner loads is evaluated in a fresh Compartment.
 *
 * Why SES and not our own freezing: freezing `Object` is not enough when
 * `Object.is`, `Array.prototype.every`, `JSON` or `Function` reach the checks
 * through a hundred paths; SES's `lockdown()` freezes every intrinsic
 * transitively (prototype chains included) and is maintained for exactly this.
 * A Compartment gives the learner's code its own global object holding only
 * what we put there: no `self`, no prototype chain up to WorkerGlobalScope, so
 * `caches`, `indexedDB`, `postMessage` and `importScripts` do not exist for it.
 * A new Compartment per load means nothing one run leaves on its globals
 * reaches the next run (a wrapped `Function` dies with its compartment).
 */

let sealed = false;

/** Hardens this realm's intrinsics, once. Call before any learner code (the worker calls it first of all). */
export function sealRealm(): void {
  if (sealed) return;
  lockdown({
    // Keep `error.stack`: line and column in the learner's source come from it.
    errorTaming: 'unsafe',
    stackFiltering: 'verbose',
    // Learners format numbers and dates for their locale; it grants no authority.
    localeTaming: 'unsafe',
    // The worker's console is the browser's: learner logs show in devtools.
    consoleTaming: 'unsafe',
    // 'min', not 'moderate': moderate turns prototype properties into accessors,
    // which takes V8 off its fast paths for array and object spread (a fold
    // measured 2.4x slower). The cost: assigning `toString` or `constructor` to
    // a learner's own plain object throws (define it in the literal instead).
    overrideTaming: 'min',
    // SES lists the intrinsics it removes on the console; learners would read it as their error.
    reporting: 'none',
  });
  sealed = true;
}

/**
 * Names a learner might reach for, each answered with a plain-words error
 * instead of "x is not defined". None exists in a compartment anyway.
 */
const UNAVAILABLE = [
  'self', 'window', 'document', 'navigator', 'location',
  'fetch', 'XMLHttpRequest', 'WebSocket', 'WebSocketStream', 'EventSource', 'WebTransport', 'importScripts',
  'Worker', 'SharedWorker', 'BroadcastChannel', 'MessageChannel', 'postMessage', 'close',
  'indexedDB', 'caches', 'localStorage', 'sessionStorage', 'cookieStore',
  'setTimeout', 'setInterval', 'requestAnimationFrame', 'Atomics', 'SharedArrayBuffer', 'WebAssembly',
] as const;

function unavailableGlobals(): PropertyDescriptorMap {
  const descriptors: PropertyDescriptorMap = {};
  for (const name of UNAVAILABLE) {
    descriptors[name] = {
      get() {
        throw new ReferenceError(blockedMessage(name));
      },
      enumerable: false,
    };
  }
  return descriptors;
}

/**
 * A fresh compartment for one load of the learner's module. Its globals:
 * the hardened intrinsics (shared, frozen), `console`, and this realm's
 * `Date` and `Math` (a compartment's own refuse `Date.now()` and
 * `Math.random()`; a decide that stamps the time is ordinary learner code).
 */
export function createLearnerCompartment(): Compartment {
  sealRealm();
  const compartment = new Compartment({
    __options__: true,
    globals: harden({ console, Date, Math }),
  });
  Object.defineProperties(compartment.globalThis, unavailableGlobals());
  return compartment;
}

let spare: Compartment | undefined;

/**
 * A compartment no learner code has run in yet, for one load. Making one
 * and its evaluator takes about half a millisecond, so the next is made
 * right after this load returns, while the
 * runner waits for the page: a load then pays only for compiling. A spare
 * has never seen learner code, so it is as fresh as one made on the spot.
 */
export function takeFreshCompartment(): Compartment {
  const compartment = spare ?? createLearnerCompartment();
  spare = undefined;
  setTimeout(() => {
    if (spare) return;
    spare = createLearnerCompartment();
    // SES builds a compartment's evaluator on its first evaluate; build it now too.
    spare.evaluate('0');
  }, 0);
  return compartment;
}

/** The module body's calling convention: CommonJS-like, as the transpiler writes it. */
export type ModuleBody = (exports: Record<string, unknown>, require: (specifier: string) => unknown) => void;

export const SOURCE_URL = 'learner.ts';

/**
 * Compiles a module body inside `compartment`. The wrapper puts the body on
 * the line after the function head, so stack lines are the source's plus
 * one; `lineOffset()` in error-position.ts measures that rather than assume it.
 */
export function compileInCompartment(compartment: Compartment, body: string): ModuleBody {
  const fn: unknown = compartment.evaluate(`(function (exports, require) {\n${body}\n})\n//# sourceURL=${SOURCE_URL}`, {
    // SES refuses "<!--" and "-->" anywhere, comments included ("available --hold--> held");
    // this rewrites them to "<! --" and "-- >", which mean the same in code.
    __evadeHtmlCommentTest__: true,
  });
  if (typeof fn !== 'function') throw new Error('The module wrapper did not compile to a function.');
  // The compartment returned a function of the learner's realm-shared intrinsics; its type is the wrapper's.
  return fn as ModuleBody;
}
