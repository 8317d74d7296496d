/**
 * given / when / then for the examples' deciders: given the example stream
 * (or its first n events), when a command is decided, then it is rejected by
 * a named invariant (listed in example.json) or it emits these event types.
 */
import assert from 'node:assert/strict';
import { DomainError } from '#engine';
import type { ExampleId } from '../../../playground/examples/catalog.ts';
import { fold, loadExample } from './load.ts';

interface Scenario {
  id: ExampleId;
  /** How many events of the stream are given; all when missing. */
  given?: number;
  when: { type: string; data: Record<string, unknown> };
}

export async function thenRejected(scenario: Scenario, invariant: string): Promise<void> {
  const example = await loadExample(scenario.id);
  assert.ok(example.meta.invariants.includes(invariant), `"${invariant}" is not listed in ${scenario.id}/example.json`);
  const state = fold(example, scenario.given);
  assert.throws(
    () => example.decider.decide(scenario.when, state),
    (error: unknown) => error instanceof DomainError && error.invariant === invariant,
  );
}

export async function thenEmits(scenario: Scenario, types: string[]): Promise<unknown> {
  const example = await loadExample(scenario.id);
  const state = fold(example, scenario.given);
  const decided = example.decider.decide(scenario.when, state);
  const events = Array.isArray(decided) ? decided : [decided];
  assert.deepEqual(events.map((e) => e.type), types);
  return events.reduce((s, e) => example.decider.evolve(s, e), state);
}
