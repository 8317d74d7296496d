// The module contract: one TypeScript module, imports only from '#engine',
// exports a decider and optionally projections and upcasters.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateModule } from '../../../playground/runner/evaluate-module.ts';
import * as engine from '../../../playground/engine/index.ts';

const decider = 'export const decider = { initialState: () => 0, evolve: (s: number) => s + 1, decide: () => [] };';

test('a decider and projections are found', () => {
  const out = evaluateModule(
    `${decider}\nexport const projections = [{ name: 'n', canHandle: ['A'], initialState: () => 0, evolve: (v: number) => v + 1 }];`,
    { ...engine },
  );
  assert.ok(out.ok);
  if (!out.ok) return;
  assert.ok(out.module.decider);
  assert.deepEqual(out.module.projections.map((p) => p.name), ['n']);
});

test("'#engine' gives the engine; any other import is a clear error", () => {
  const ok = evaluateModule(`import { DomainError } from '#engine';\nexport const E = DomainError;\n${decider}`, { ...engine });
  assert.ok(ok.ok);
  if (ok.ok) assert.equal(ok.module.exports.E, engine.DomainError);
  const bad = evaluateModule(`import fs from 'node:fs';\nexport const f = fs;\n${decider}`, { ...engine });
  assert.equal(bad.ok, false);
  if (!bad.ok) assert.match(bad.error.message, /Only '#engine' can be imported here, not 'node:fs'/);
});

test('wrong shapes are named', () => {
  const noEvolve = evaluateModule('export const decider = { initialState: () => 0 };', {});
  assert.equal(noEvolve.ok, false);
  if (!noEvolve.ok) assert.match(noEvolve.error.message, /decider\.evolve/);
  const badProjection = evaluateModule(`${decider}\nexport const projections = [{ name: 'p', canHandle: 'A' }];`, {});
  assert.equal(badProjection.ok, false);
  if (!badProjection.ok) assert.match(badProjection.error.message, /canHandle/);
  const twice = evaluateModule(
    `${decider}\nconst p = { name: 'p', canHandle: [], initialState: () => 0, evolve: (v: number) => v };\nexport const projections = [p, p];`,
    {},
  );
  assert.equal(twice.ok, false);
});

test('a module with other exports (an exercise function) loads', () => {
  const out = evaluateModule('export function stateAsOf(events: unknown[], k: number) { return k; }', {});
  assert.ok(out.ok);
  if (out.ok) assert.equal(typeof out.module.exports.stateAsOf, 'function');
});
