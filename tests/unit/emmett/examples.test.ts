/**
 * Differential test: every example's story goes through Emmett's
 * DeciderCommandHandler on Emmett's in-memory event store AND through the
 * engine's handleCommand on the engine's store. Both must decide the same
 * events (types and data), reach the same stream versions and the same state
 * after every step, agree with events.json, and keep the same inline
 * projection. The same for optimistic concurrency.
 *
 * The upcasting example's legacy steps are appended as stored (schema
 * version 1) to both stores; Emmett raises them on read with its own
 * `schema.versioning.upcast`, the engine with its upcaster.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ExpectedVersionConflictError as EmmettConflict } from '@event-driven-io/emmett';
import {
  createInMemoryEventStore,
  createUpcaster,
  handleCommand,
  ExpectedVersionConflictError,
  type Command,
  type Event,
  type Projection,
  type Upcaster,
} from '#engine';
import { exampleIds, type ExampleId } from '../../../playground/examples/catalog.ts';
import { loadExampleMeta } from '../../../playground/examples/stories.ts';
import { deriveSpecCases } from '../../../playground/examples/spec-cases.ts';
import type { StoryStep } from '../../../playground/examples/stream-builder.ts';
import { loadExample } from '../examples/load.ts';
import {
  createStore,
  emmettHandler,
  emmettSchema,
  payloads,
  pickMetadata,
  stamping,
  toEmmettCommand,
  toEmmettDecider,
  toEmmettEvent,
  viewOf,
  type AnyDecider,
} from './emmett-side.ts';

interface Domain {
  decider: AnyDecider;
  projections: Projection<unknown, Event>[];
  upcasters?: readonly Upcaster[];
}

async function loadDomain(id: ExampleId): Promise<{ domain: Domain; story: StoryStep<Command>[] }> {
  const domain = (await import(`../../../playground/examples/${id}/domain.ts`)) as Domain;
  const { story } = (await import(`../../../playground/examples/${id}/story.ts`)) as { story: StoryStep<Command>[] };
  return { domain, story };
}

/** Runs the story on both sides, step by step, and returns both stores for further checks. */
async function replayOnBoth(id: ExampleId) {
  const { domain, story } = await loadDomain(id);
  const meta = await loadExampleMeta(id);
  const { streamName } = meta;
  const upcasters = domain.upcasters ?? [];
  const upcast = upcasters.length > 0 ? createUpcaster(upcasters) : undefined;
  const inline = domain.projections[0];
  const ours = createInMemoryEventStore({ ...(upcast ? { upcast } : {}), inlineProjections: inline ? [inline] : [] });
  const theirs = createStore(inline ? [inline] : [], upcast);

  for (const [index, step] of story.entries()) {
    const metadata = { streamName, occurredAt: new Date(step.at).toISOString(), by: step.by };
    if ('recorded' in step) {
      const stored: Event = {
        type: step.recorded.type,
        data: step.recorded.data,
        metadata: { ...metadata, schemaVersion: step.recorded.schemaVersion },
      };
      ours.appendToStream(streamName, [stored]);
      await theirs.appendToStream(streamName, [toEmmettEvent(stored)]);
      continue;
    }
    const decider = stamping(domain.decider, metadata);
    const mine = handleCommand(ours, streamName, decider, step.command);
    assert.equal(mine.outcome, 'appended', `${id} step ${index}: the engine appends`);
    if (mine.outcome !== 'appended') return null;
    const emmett = await emmettHandler(decider, upcast)(
      theirs,
      streamName,
      toEmmettCommand(step.command),
    );
    const where = `${id} step ${index} (${step.command.type})`;
    assert.deepEqual(payloads(emmett.newEvents), payloads(mine.events), `${where}: same events`);
    assert.equal(emmett.nextExpectedStreamVersion, BigInt(mine.nextExpectedStreamVersion), `${where}: same stream version`);
    assert.deepEqual(emmett.newState, mine.newState, `${where}: same state`);
  }
  return { domain, meta, ours, theirs, inline, upcast };
}

for (const id of exampleIds) {
  test(`${id}: the story through Emmett's DeciderCommandHandler matches the engine and events.json`, async () => {
    const both = await replayOnBoth(id);
    assert.ok(both);
    const { domain, meta, ours, theirs, inline, upcast } = both;
    const example = await loadExample(id);
    const read = await theirs.readStream(meta.streamName, upcast ? { schema: emmettSchema(upcast) } : {});
    const engineRead = ours.readStream(meta.streamName);
    assert.equal(read.currentStreamVersion, BigInt(engineRead.currentStreamVersion), 'same stream version');
    assert.equal(Number(read.currentStreamVersion), example.stored.length, 'as many events as events.json');
    assert.deepEqual(payloads(read.events), payloads(engineRead.events), 'same events read back');
    assert.deepEqual(payloads(engineRead.events), payloads(example.events), 'the same as events.json (upcast)');
    assert.deepEqual(
      read.events.map((event) => event.metadata.streamPosition),
      engineRead.events.map((event) => BigInt(event.metadata.streamVersion)),
      'every event at the same stream position',
    );
    assert.deepEqual(
      read.events.map((event) => [pickMetadata(event.metadata).occurredAt, pickMetadata(event.metadata).by]),
      example.stored.map((event) => [event.metadata.occurredAt, event.metadata.by]),
      'Emmett keeps the metadata the application stamped: when and by whom, as in events.json',
    );

    const { evolve, initialState } = toEmmettDecider(domain.decider);
    const emmettState = await theirs.aggregateStream(meta.streamName, {
      evolve,
      initialState,
      ...(upcast ? { read: { schema: emmettSchema(upcast) } } : {}),
    });
    const engineState = example.events.reduce((state, event) => example.decider.evolve(state, event), example.decider.initialState());
    assert.deepEqual(emmettState.state, engineState, 'Emmett aggregateStream folds to the engine state');

    if (inline) {
      assert.deepEqual(await viewOf(theirs, inline, meta.streamName), ours.view(inline), `inline projection "${inline.name}"`);
    }
  });

  test(`${id}: a stale expected version is rejected by both; a retry on a fresh read succeeds in both`, async () => {
    const both = await replayOnBoth(id);
    assert.ok(both);
    const { domain, meta, ours, theirs, upcast } = both;
    const { story } = await loadDomain(id);
    const cases = deriveSpecCases(domain.decider, story, meta, upcast);
    const command = cases.acceptedAtEnd;
    assert.ok(command, `${id} has a command accepted after its story`);
    const version = ours.streamVersion(meta.streamName);
    const stale = version - 1;

    const mineStale = handleCommand(ours, meta.streamName, domain.decider, command, { expectedStreamVersion: stale });
    assert.equal(mineStale.outcome, 'conflict');
    assert.ok(mineStale.outcome === 'conflict' && mineStale.error instanceof ExpectedVersionConflictError);
    await assert.rejects(
      emmettHandler(domain.decider, upcast)(theirs, meta.streamName, toEmmettCommand(command), { expectedStreamVersion: BigInt(stale) }),
      (error: unknown) => error instanceof EmmettConflict,
    );

    const mineFresh = handleCommand(ours, meta.streamName, domain.decider, command);
    const emmettFresh = await emmettHandler(domain.decider, upcast)(theirs, meta.streamName, toEmmettCommand(command));
    assert.equal(mineFresh.outcome, 'appended');
    if (mineFresh.outcome !== 'appended') return;
    assert.deepEqual(payloads(emmettFresh.newEvents), payloads(mineFresh.events));
    assert.equal(emmettFresh.nextExpectedStreamVersion, BigInt(mineFresh.nextExpectedStreamVersion));
    assert.ok(mineFresh.nextExpectedStreamVersion > version);
    assert.deepEqual(emmettFresh.newState, mineFresh.newState);
  });
}
