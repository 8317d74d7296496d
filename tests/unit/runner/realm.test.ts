// Learner code is hostile: what it tries from inside its compartment, and
// why none of it reaches the runner, the checks, or the next run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createSession } from '../../../playground/runner/session.ts';
import { runExercise } from '../../../playground/exercises/worker-checks.ts';
import { readFileSync } from 'node:fs';

const counter = `
export const decider = {
  initialState: () => ({ count: 0 }),
  evolve: (state: { count: number }, event: { type: string }) => event.type === 'Incremented' ? { count: state.count + 1 } : state,
  decide: () => [{ type: 'Incremented', data: {} }],
};`;

function loadError(code: string): string {
  const session = createSession();
  const loaded = session.load(code);
  assert.equal(loaded.ok, false, `expected the load to fail: ${code}`);
  return loaded.ok ? '' : loaded.error.message;
}

test('intrinsics cannot be replaced: Object.is, Array.prototype.every, JSON.stringify, Function, Promise', () => {
  for (const attack of [
    'Object.is = () => true;',
    'Array.prototype.every = () => true;',
    'JSON.stringify = () => "{}";',
    'Function.prototype.call = () => 1;',
    'Promise.prototype.then = () => undefined;',
    'Object.defineProperty(Object, "is", { value: () => true });',
  ]) {
    assert.match(loadError(`${attack}\n${counter}`), /read only|not extensible|Cannot (assign|define|redefine)/, attack);
  }
  assert.equal(Object.is(1, 2), false);
});

test('the global scope and its prototype chain are out of reach', () => {
  const probes = [
    'typeof self',
    'typeof caches',
    'typeof indexedDB',
    'typeof importScripts',
    'typeof postMessage',
    'typeof fetch',
    'typeof setTimeout',
    'String(Function("return this")())',
    'String(Object.getPrototypeOf(globalThis) === Object.prototype)',
    // The path that reached the site's Cache Storage from a worker: a getter found up the prototype chain.
    'String(Object.getOwnPropertyDescriptor(globalThis, "caches").get.call(globalThis))',
  ];
  const code = `export const seen = [${probes.map((probe) => `(() => { try { return ${probe}; } catch (e) { return 'threw: ' + e.message; } })()`).join(', ')}];\n${counter}`;
  // load reports export names only, so the module throws what it saw.
  const reveal = createSession().load(`${code}\nthrow new Error(JSON.stringify(seen));`);
  assert.equal(reveal.ok, false);
  const message = reveal.ok ? '' : reveal.error.message;
  const seen: unknown = JSON.parse(message.slice(message.indexOf('[')));
  assert.deepEqual(seen, [
    'threw: `self` is not available here: code in the playground runs sealed off from the network, the page and its storage.',
    'threw: `caches` is not available here: code in the playground runs sealed off from the network, the page and its storage.',
    'threw: `indexedDB` is not available here: code in the playground runs sealed off from the network, the page and its storage.',
    'threw: `importScripts` is not available here: code in the playground runs sealed off from the network, the page and its storage.',
    'threw: `postMessage` is not available here: code in the playground runs sealed off from the network, the page and its storage.',
    'threw: `fetch` is not available here: code in the playground runs sealed off from the network, the page and its storage.',
    'threw: `setTimeout` is not available here: code in the playground runs sealed off from the network, the page and its storage.',
    'undefined',
    'true',
    'threw: `caches` is not available here: code in the playground runs sealed off from the network, the page and its storage.',
  ]);
});

test('dynamic import is refused with a message that says so, on the learner\'s own line', () => {
  assert.match(loadError(`const m = import('https://example.com/x.js');\n${counter}`), /could not be read: .*import expression rejected/);
  const loaded = createSession().load(`${counter}\nconst later = import('https://example.com/x.js');`);
  assert.ok(!loaded.ok && loaded.error.line === 7, JSON.stringify(loaded));
  assert.ok(!loaded.ok && loaded.error.message.endsWith('(line 7).'), JSON.stringify(loaded));
});

test('a top-level timer cannot start a crash loop: there is no timer, and the error has its line and column', () => {
  const session = createSession();
  const loaded = session.load(`${counter}\nsetTimeout(() => { throw new Error('boom'); }, 50);`);
  assert.equal(loaded.ok, false);
  if (loaded.ok) return;
  assert.match(loaded.error.message, /`setTimeout` is not available here/);
  assert.equal(loaded.error.line, 7);
  assert.equal(typeof loaded.error.column, 'number');
});

test('nothing one run puts on its globals reaches the next run', () => {
  const session = createSession();
  assert.ok(session.load(`globalThis.leak = 1000;\n${counter}`).ok);
  const next = session.load(`if (typeof globalThis.leak !== 'undefined') throw new Error('leaked ' + globalThis.leak);\n${counter}`);
  assert.ok(next.ok, JSON.stringify(next));
});

test('the engine learner code imports is frozen: it cannot rewrite what the runner and checks use', () => {
  const attack = `import { diffValues, ExpectedVersionConflictError } from '#engine';\n(diffValues as any).patched = true;\n${counter}`;
  assert.match(loadError(attack), /read only|not extensible|Cannot (assign|add)/);
  const prototypeAttack = `import { ExpectedVersionConflictError } from '#engine';\n(ExpectedVersionConflictError.prototype as any).name = 'Fine';\n${counter}`;
  assert.match(loadError(prototypeAttack), /read only|not extensible|Cannot (assign|add)/);
});

const start = (id: string): string => readFileSync(new URL(`../../../playground/exercises/${id}/start.ts`, import.meta.url), 'utf8');

test('an exercise cannot be solved by tampering with the intrinsics the checks use', async () => {
  for (const tamper of ['Object.is = () => true;', 'Array.prototype.every = function () { return true; };', 'JSON.stringify = () => "same";']) {
    const session = createSession({ exercises: runExercise });
    const loaded = session.load(`try { ${tamper} } catch {}\n${start('fold-a-stream')}`);
    assert.ok(loaded.ok, JSON.stringify(loaded));
    const verdict = await session.runExercise('fold-a-stream');
    assert.ok(verdict.ok && !verdict.passed, `${tamper} must not pass the start code`);
  }
});

test('a result that lies through a getter or a Proxy is judged on a plain copy', async () => {
  // The start code's evolve returns a state that claims to equal anything it is compared with.
  const liar = `${start('fold-a-stream')}
const lie = new Proxy({}, { get: () => 'Shipped', ownKeys: () => [], getOwnPropertyDescriptor: () => undefined });
decider.initialState = () => lie;
decider.evolve = () => lie;`;
  const session = createSession({ exercises: runExercise });
  const loaded = session.load(liar);
  if (!loaded.ok) return; // refusing the module outright is also a defence
  const verdict = await session.runExercise('fold-a-stream');
  assert.ok(verdict.ok && !verdict.passed, JSON.stringify(verdict).slice(0, 400));
});

test('a state whose getter grows between reads is measured on the copy that is sent', () => {
  const session = createSession();
  const code = `
let reads = 0;
export const decider = {
  initialState: () => ({ get big() { reads += 1; return reads > 1 ? 'x'.repeat(5_000_000) : 'small'; } }),
  evolve: (state: unknown) => state,
  decide: () => [],
};`;
  assert.ok(session.load(code).ok);
  assert.deepEqual(session.setEvents([]), { ok: true, count: 0 });
  const at = session.stateAt(0);
  assert.ok(at.ok, JSON.stringify(at).slice(0, 300));
  if (!at.ok) return;
  // Either the small first read is what is sent, or the large read is cut: never a large value sent uncut.
  const sent = JSON.stringify(at.state);
  assert.ok(sent.length < 300_000, `sent ${sent.length} characters`);
});

test('an arrow drawn in a comment ("available --hold--> held") is not mistaken for an HTML comment', () => {
  const session = createSession();
  const loaded = session.load(`// available --hold--> held --buy--> sold\n${counter}`);
  assert.ok(loaded.ok, JSON.stringify(loaded));
});
