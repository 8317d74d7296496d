/**
 * The Emmett side of the differential tests: the real
 * @event-driven-io/emmett in-memory event store, DeciderCommandHandler and
 * inline projections, fed with the examples' own deciders and projections.
 * Not a test file (node --test runs only *.test.ts).
 */
import {
  DeciderCommandHandler,
  getInMemoryEventStore,
  inMemorySingleStreamProjection,
  projections as emmettProjections,
  type Command as EmmettCommand,
  type Decider as EmmettDecider,
  type Event as EmmettEvent,
  type InMemoryEventStore,
} from '@event-driven-io/emmett';
import type { Command, Decider, Event, EventMetadata, Projection } from '#engine';

export type AnyDecider = Decider<unknown, Command, Event>;

/**
 * Emmett keeps a projection's view as a document in a collection; views here
 * may be arrays or numbers, so the document wraps the view.
 */
export interface ViewDocument extends Record<string, unknown> {
  view: unknown;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Events as Emmett types them (data is a record), metadata kept for the store to record. */
export function toEmmettEvent(event: Event): EmmettEvent<string, Record<string, unknown>, Record<string, unknown>> {
  if (!isRecord(event.data)) throw new TypeError(`${event.type}: Emmett events carry a record as data`);
  return { type: event.type, data: event.data, metadata: { ...event.metadata } };
}

/**
 * An event as Emmett recorded it, in the engine's words: Emmett's bigint
 * streamPosition becomes the engine's streamVersion, and the metadata the
 * application stamped (when, by whom, schema version) is kept.
 */
export function fromEmmettEvent(event: EmmettEvent): Event {
  const recorded: unknown = 'metadata' in event ? event.metadata : undefined;
  const metadata: EventMetadata = {};
  if (isRecord(recorded)) {
    for (const key of ['streamName', 'occurredAt', 'recordedAt', 'by', 'correlationId'] as const) {
      const value = recorded[key];
      if (typeof value === 'string') metadata[key] = value;
    }
    if (typeof recorded.schemaVersion === 'number') metadata.schemaVersion = recorded.schemaVersion;
    if (typeof recorded.streamPosition === 'bigint') metadata.streamVersion = Number(recorded.streamPosition);
    if (typeof recorded.globalPosition === 'bigint') metadata.globalPosition = Number(recorded.globalPosition);
  }
  return { type: event.type, data: event.data, metadata };
}

/** The example's decider in Emmett's types: commands and events converted at the edge, no casts. */
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

export function toEmmettCommand(command: { type: string; data: Record<string, unknown> }): EmmettCommand {
  return { type: command.type, data: command.data };
}

/**
 * Emmett's in-memory store with one inline projection, kept as a document
 * per stream. Emmett 0.42's in-memory store hands inline projections the
 * events as appended: its read-side upcasting (`schema.versioning.upcast`)
 * is not applied there, so the projection upcasts them itself.
 */
export function createEmmettStore(
  inline: Projection<unknown, Event> | undefined,
  upcast: (event: Event) => Event = (event) => event,
): InMemoryEventStore {
  if (!inline) return getInMemoryEventStore();
  const definition = inMemorySingleStreamProjection<ViewDocument, EmmettEvent>({
    collectionName: inline.name,
    canHandle: [...inline.canHandle],
    initialState: () => ({ view: inline.initialState() }),
    // Emmett hands the recorded event with its metadata (streamName, positions and what the app stamped).
    evolve: (document, event) => ({ view: inline.evolve(document.view, upcast(fromEmmettEvent(event))) }),
  });
  return getInMemoryEventStore({ projections: emmettProjections.inline([definition]) });
}

/** The view an inline projection left for one stream, as stored in Emmett's in-memory database. */
export async function emmettView(store: InMemoryEventStore, projection: Projection<unknown, Event>, streamName: string): Promise<unknown> {
  const document = await store.database.collection<ViewDocument>(projection.name).findOne((doc) => doc._id === streamName);
  return document ? document.view : projection.initialState();
}

/**
 * A decider whose decide stamps the metadata an application adds to new
 * events (when, by whom), as the story did when it wrote events.json.
 */
export function stamping(decider: AnyDecider, metadata: EventMetadata): AnyDecider {
  return {
    ...decider,
    decide: (command, state) => {
      const decided = decider.decide(command, state);
      const events = Array.isArray(decided) ? decided : [decided];
      return events.map((event, i) => ({
        ...event,
        metadata: {
          ...metadata,
          // Events of one command are a millisecond apart, as in stream-builder.ts.
          ...(metadata.occurredAt ? { occurredAt: new Date(Date.parse(metadata.occurredAt) + i).toISOString() } : {}),
          ...event.metadata,
        },
      }));
    },
  };
}

/**
 * Emmett's DeciderCommandHandler for the decider. `upcast` goes into
 * Emmett's own schema versioning, applied to every event it reads.
 */
export function emmettHandler(decider: AnyDecider, upcast?: (event: Event) => Event) {
  return DeciderCommandHandler<unknown, EmmettCommand, EmmettEvent>({
    ...toEmmettDecider(decider),
    ...(upcast ? { schema: emmettSchema(upcast) } : {}),
  });
}

/** The engine's upcaster as Emmett's read-side schema versioning. */
export function emmettSchema(upcast: (event: Event) => Event) {
  return { versioning: { upcast: (event: EmmettEvent): EmmettEvent => toEmmettEvent(upcast(fromEmmettEvent(event))) } };
}

/** Type and data only: what both sides must agree on, whatever metadata each store adds. */
export const payloads = (events: readonly { type: string; data: unknown }[]) =>
  events.map(({ type, data }) => ({ type, data }));
