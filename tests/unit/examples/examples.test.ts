/**
 * Checks every example folder the same way: its metadata, its stream, and
 * that its decider and projections fold that stream purely.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DomainError } from '#engine';
import { validateExampleMeta } from '../../../playground/examples/catalog.ts';
import { buildExampleStream } from '../../../playground/examples/stories.ts';
import { defaultData, deepFreeze, fold, loadExample, presentIds } from './load.ts';

const jsonRoundTrip = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

for (const id of presentIds) {
  describe(`example ${id}`, async () => {
    const example = await loadExample(id);
    const { meta, decider, projections, stored, events } = example;

    test('example.json has the shared shape and names its folder', () => {
      assert.ok(validateExampleMeta(meta));
      assert.equal(meta.id, id);
    });

    test('the stream has 20 to 200 events with who, when and where', () => {
      assert.ok(stored.length >= 20 && stored.length < 200, `${stored.length} events`);
      let previous = '';
      stored.forEach((event, index) => {
        const { metadata } = event;
        assert.equal(metadata.streamName, meta.streamName, `event ${index}`);
        assert.match(metadata.by, /\S/, `event ${index} has no author`);
        assert.match(metadata.occurredAt, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
        assert.ok(metadata.occurredAt > previous, `event ${index} is not later than the one before`);
        previous = metadata.occurredAt;
      });
    });

    test('events.json is exactly what its story produces through decide', async () => {
      assert.deepEqual(await buildExampleStream(id), stored);
    });

    test('evolve folds the stream without mutating, into JSON-safe states', () => {
      let state = deepFreeze(decider.initialState());
      events.forEach((event, index) => {
        const next = decider.evolve(state, deepFreeze(structuredClone(event)));
        assert.deepEqual(jsonRoundTrip(next), next, `state after event ${index} (${event.type}) is not plain JSON`);
        state = deepFreeze(next);
      });
      assert.deepEqual(fold(example), state);
    });

    test('at least two projections, each folding the events it handles', () => {
      assert.ok(projections.length >= 2);
      const names = new Set(projections.map((p) => p.name));
      assert.equal(names.size, projections.length, 'projection names are unique');
      for (const projection of projections) {
        assert.ok(projection.canHandle.length > 0);
        let view = deepFreeze(projection.initialState());
        for (const event of events) {
          if (!projection.canHandle.includes(event.type)) continue;
          const next = projection.evolve(view, deepFreeze(structuredClone(event)));
          assert.deepEqual(jsonRoundTrip(next), next, `${projection.name} is not plain JSON`);
          view = deepFreeze(next);
        }
        assert.notDeepEqual(view, projection.initialState(), `${projection.name} never changes on this stream`);
      }
    });

    test('each command on the final state emits known events or names a listed invariant', () => {
      const finalState = deepFreeze(fold(example));
      for (const command of meta.commands) {
        try {
          const decided = decider.decide({ type: command.type, data: defaultData(command) }, finalState);
          for (const event of Array.isArray(decided) ? decided : [decided]) {
            // Every domain's evolve throws on an event type it does not know.
            assert.doesNotThrow(() => decider.evolve(finalState, event), `${command.type} emitted unknown ${event.type}`);
          }
        } catch (error) {
          if (error instanceof assert.AssertionError) throw error;
          assert.ok(error instanceof DomainError, `${command.type} threw ${String(error)}`);
          assert.ok(meta.invariants.includes(error.invariant), `${command.type}: "${error.invariant}" is not listed`);
        }
      }
    });

    const chart = meta.chart;
    if (chart) test(`the chart's path (${chart.path}) names a number in the final state`, () => {
      let value: unknown = fold(example);
      for (const key of chart.path.split('.')) value = typeof value === 'object' && value !== null ? Object.entries(value).find(([k]) => k === key)?.[1] : undefined;
      assert.equal(typeof value, 'number');
    });

    const demo = meta.conflictDemo;
    if (demo) test('the conflict demo: each command alone is accepted on the final state', () => {
      const finalState = fold(example);
      for (const command of [demo.command, demo.otherCommand]) {
        assert.ok(meta.commands.some((c) => c.type === command.type), `${command.type} is not offered`);
        assert.doesNotThrow(() => decider.decide(command, finalState));
      }
    });
  });
}
