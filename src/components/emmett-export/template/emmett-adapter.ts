/**
 * Between the site's engine (`#engine`, what your code was written against)
 * and Emmett (@event-driven-io/emmett). Shipped as is in every exported
 * project, and the same file the site's differential test uses to prove
 * that Emmett and the engine agree on every example.
 *
 * The two speak the same language (decide / evolve / initialState, stream
 * versions that count events); they differ in small things, converted here
 * at the edge instead of cast at every call:
 * - Emmett's event data is a record; its stream positions are bigints.
 * - Emmett's recorded metadata has `streamPosition`; the engine calls it `streamVersion`.
 * - Emmett keeps a projection's view as a document in a collection, so a
 *   view that is an array or a number is wrapped as `{ view }`.
 */
import {
  getInMemoryEventStore,
  inMemorySingleStreamProjection,
  projections as emmettProjections,
  type Command as EmmettCommand,
  type Decider as EmmettDecider,
  type Event as EmmettEvent,
  type InMemoryEventStore,
  type InMemoryReadEventMetadata,
  type ReadEvent,
} from '@event-driven-io/emmett';
import { createUpcaster, type Command, type Decider, type Event, type EventMetadata, type Projection, type Upcaster } from '#engine';

export type AnyDecider = Decider<unknown, Command, Event>;
export type AnyProjection = Projection<unknown, Event>;
export type Upcast = (event: Event) => Event;
/** What `import * as domain from './domain.ts'` gives: the module's named exports. */
export type LearnerModule = Readonly<Record<string, unknown>>;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** An event as Emmett types it (data is a record); its metadata is kept for the store to record. */
export function toEmmettEvent(event: Event): EmmettEvent<string, Record<string, unknown>, Record<string, unknown>> {
  if (!isRecord(event.data)) throw new TypeError(`${event.type}: Emmett events carry an object as data`);
  return { type: event.type, data: event.data, metadata: { ...event.metadata } };
}

/** A command as Emmett types it. */
export function toEmmettCommand(command: Command): EmmettCommand {
  if (!isRecord(command.data)) throw new TypeError(`${command.type}: Emmett commands carry an object as data`);
  return { type: command.type, data: command.data };
}

const position = (value: unknown): number | undefined =>
  typeof value === 'bigint' ? Number(value) : typeof value === 'number' ? value : undefined;

/** The metadata fields the engine knows, read from any record (Emmett's streamPosition is its streamVersion). */
export function pickMetadata(recorded: unknown): EventMetadata {
  const metadata: EventMetadata = {};
  if (!isRecord(recorded)) return metadata;
  for (const key of ['streamName', 'occurredAt', 'recordedAt', 'by', 'correlationId'] as const) {
    const value = recorded[key];
    if (typeof value === 'string') metadata[key] = value;
  }
  if (typeof recorded.schemaVersion === 'number') metadata.schemaVersion = recorded.schemaVersion;
  const streamVersion = position(recorded.streamPosition) ?? position(recorded.streamVersion);
  if (streamVersion !== undefined) metadata.streamVersion = streamVersion;
  const globalPosition = position(recorded.globalPosition);
  if (globalPosition !== undefined) metadata.globalPosition = globalPosition;
  return metadata;
}

/** An event as Emmett recorded it, in the engine's words. */
export function fromEmmettEvent(event: EmmettEvent): Event {
  return { type: event.type, data: event.data, metadata: pickMetadata('metadata' in event ? event.metadata : undefined) };
}

/** Your decider in Emmett's types, for DeciderCommandHandler and DeciderSpecification. */
export function toEmmettDecider(decider: AnyDecider): EmmettDecider<unknown, EmmettCommand, EmmettEvent> {
  return {
    initialState: decider.initialState,
    evolve: (state, event) => decider.evolve(state, fromEmmettEvent(event)),
    decide: (command, state) => {
      const decided = decider.decide({ type: command.type, data: command.data }, state);
      return (Array.isArray(decided) ? decided : [decided]).map(toEmmettEvent);
    },
  };
}

/** Upcasting (version n to n + 1, on read) as Emmett's schema versioning option. */
export function emmettSchema(upcast: Upcast) {
  return { versioning: { upcast: (event: EmmettEvent): EmmettEvent => toEmmettEvent(upcast(fromEmmettEvent(event))) } };
}

/** A view as a document in Emmett's in-memory database (one per stream). */
export interface ViewDocument extends Record<string, unknown> {
  view: unknown;
}

/**
 * One of your projections as an Emmett inline projection, updated in the
 * same append as the events. Emmett 0.42's in-memory store hands inline
 * projections the events as appended, without its read-side upcasting, so
 * the projection upcasts them itself.
 */
export function inlineProjection(projection: AnyProjection, upcast: Upcast = (event) => event) {
  return inMemorySingleStreamProjection<ViewDocument, EmmettEvent>({
    collectionName: projection.name,
    canHandle: [...projection.canHandle],
    initialState: () => ({ view: projection.initialState() }),
    evolve: (document: ViewDocument, event: ReadEvent<EmmettEvent, InMemoryReadEventMetadata>): ViewDocument => ({
      view: projection.evolve(document.view, upcast(fromEmmettEvent(event))),
    }),
  });
}

/** Emmett's in-memory event store with your projections inline. */
export function createStore(projections: readonly AnyProjection[], upcast?: Upcast): InMemoryEventStore {
  if (projections.length === 0) return getInMemoryEventStore();
  return getInMemoryEventStore({
    projections: emmettProjections.inline(projections.map((projection) => inlineProjection(projection, upcast))),
  });
}

/** The view a projection keeps for one stream (its initial state when no event of it arrived yet). */
export async function viewOf(store: InMemoryEventStore, projection: AnyProjection, streamName: string): Promise<unknown> {
  const document = await store.database.collection<ViewDocument>(projection.name).findOne((doc) => doc._id === streamName);
  return document ? document.view : projection.initialState();
}

// ---- Reading your module, with a clear message when something is missing ----------

export function learnerDecider(learner: LearnerModule, name = 'decider'): AnyDecider {
  const decider = learner[name];
  if (!isRecord(decider)) throw new TypeError(`Your code must export a decider: export const ${name} = { initialState, evolve, decide }`);
  for (const fn of ['initialState', 'evolve', 'decide'] as const) {
    if (typeof decider[fn] !== 'function') throw new TypeError(`"${name}.${fn}" must be a function.`);
  }
  // Checked just above: an object with the three functions a decider needs.
  return decider as unknown as AnyDecider;
}

/** Your `projections` export, each checked to have the shape of a projection; none when there is no such export. */
export function learnerProjections(learner: LearnerModule): AnyProjection[] {
  const list = learner.projections;
  if (list === undefined) return [];
  if (!Array.isArray(list)) throw new TypeError('"projections" must be an array of projections.');
  return list.map((projection: unknown, i) => {
    if (
      !isRecord(projection) ||
      typeof projection.name !== 'string' ||
      !Array.isArray(projection.canHandle) ||
      typeof projection.initialState !== 'function' ||
      typeof projection.evolve !== 'function'
    ) {
      throw new TypeError(`projections[${i}] must be { name, canHandle, initialState, evolve }.`);
    }
    // Checked just above.
    return projection as unknown as AnyProjection;
  });
}

/** Your `upcasters` export as one upcast function (none: events are read as stored). */
export function learnerUpcast(learner: LearnerModule): Upcast | undefined {
  const list = learner.upcasters;
  if (list === undefined) return undefined;
  const shape = '"upcasters" must be an array of { eventType, fromVersion, upcast }.';
  if (!Array.isArray(list)) throw new TypeError(shape);
  const upcasters: Upcaster[] = list.map((item: unknown, i) => {
    if (!isRecord(item)) throw new TypeError(`upcasters[${i}]: ${shape}`);
    const { eventType, fromVersion, upcast } = item;
    if (typeof eventType !== 'string' || typeof fromVersion !== 'number' || typeof upcast !== 'function') {
      throw new TypeError(`upcasters[${i}]: ${shape}`);
    }
    const raise = (event: Event): Event => {
      const raised: unknown = upcast(event);
      if (!isRecord(raised) || typeof raised.type !== 'string') throw new TypeError(`upcasters[${i}] must return an event`);
      return { type: raised.type, data: raised.data, metadata: pickMetadata(raised.metadata) };
    };
    return { eventType, fromVersion, upcast: raise };
  });
  return createUpcaster(upcasters);
}

/** An events.json file's text as events, with the position of the first one that is not an event. */
export function parseEvents(text: string): Event[] {
  const parsed: unknown = JSON.parse(text);
  if (!Array.isArray(parsed)) throw new TypeError('events.json must hold an array of events.');
  return parsed.map((item: unknown, i) => {
    if (!isRecord(item) || typeof item.type !== 'string' || !('data' in item)) {
      throw new TypeError(`events.json, event #${i}: an event is { "type": "...", "data": { ... } }.`);
    }
    return isRecord(item.metadata)
      ? { type: item.type, data: item.data, metadata: pickMetadata(item.metadata) }
      : { type: item.type, data: item.data };
  });
}

/** JSON that also prints bigints (Emmett's positions), for people to read. */
export const show = (value: unknown): string =>
  JSON.stringify(value, (_key, item: unknown) => (typeof item === 'bigint' ? Number(item) : item), 2) ?? 'undefined';
