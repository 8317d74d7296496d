/**
 * Each example's domain.ts, loaded the way the playground's worker loads a
 * learner's code (type stripping + evaluation against the engine), folds its
 * own stream: what the page shows first must never be an error.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import * as engine from '#engine';
import { evaluateModule } from '../../../playground/runner/evaluate-module.ts';
import { examplesRoot, fold, loadExample, presentIds } from './load.ts';

// The examples export arrays of engine Upcasters; the evaluator hands them over untyped.
const isUpcasterList = (value: unknown): value is engine.Upcaster[] => Array.isArray(value);

for (const id of presentIds) {
  test(`${id}: the worker's evaluator loads domain.ts and folds events.json`, async () => {
    const source = await readFile(new URL(`${id}/domain.ts`, examplesRoot), 'utf8');
    const result = evaluateModule(source, { ...engine });
    assert.ok(result.ok, result.ok ? '' : JSON.stringify(result.error));
    const { decider, projections, upcasters } = result.module;
    assert.ok(decider);
    assert.ok(projections.length >= 2);
    const example = await loadExample(id);
    const upcast = engine.createUpcaster(isUpcasterList(upcasters) ? upcasters : []);
    const state = example.stored.map(upcast).reduce((s, e) => decider.evolve(s, e), decider.initialState());
    assert.deepEqual(JSON.parse(JSON.stringify(state)), JSON.parse(JSON.stringify(fold(example))));
  });
}
