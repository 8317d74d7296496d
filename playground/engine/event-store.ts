import { ExpectedVersionConflictError } from './errors.ts';
import {
  NO_CONCURRENCY_CHECK,
  matchesExpectedVersion,
  type ExpectedStreamVersion,
} from './expected-version.ts';
import { systemClock, type Clock } from './clock.ts';
import { frozenCopy } from './immutability.ts';
import { foldReporting } from './fold.ts';
import { project } from './project.ts';
import { parseStreamName } from './stream-name.ts';
import type { Upcast } from './upcasting.ts';
import type { Event, Projection, ReadRange, RecordedEvent } from './types.ts';

export interface AppendOptions {
  /** Defaults to NO_CONCURRENCY_CHECK, as in Emmett. */
  expectedStreamVersion?: ExpectedStreamVersion;
}

export interface AppendResult {
  /** The stream's version after the append: pass it as `expectedStreamVersion` next time. */
  nextExpectedStreamVersion: number;
  lastEventGlobalPosition: number;
  createdNewStream: boolean;
}

export interface ReadStreamResult<E extends Event> {
  events: RecordedEvent<E>[];
  currentStreamVersion: number;
  streamExists: boolean;
}

/**
 * `upcast: false` reads the events exactly as stored (old schema versions
 * included), so the playground can show "stored" beside "as read".
 */
export interface ReadOptions extends ReadRange {
  upcast?: boolean;
}

export interface AggregateStreamOptions<State, E extends Event> {
  evolve: (state: State, event: RecordedEvent<E>) => State;
  initialState: () => State;
  /** `{ to: k }` folds the first k events: time travel. */
  read?: ReadRange;
}

export interface AggregateStreamResult<State> {
  state: State;
  /** The whole stream's version (for the next append), even when `read.to` stopped earlier. */
  currentStreamVersion: number;
  streamExists: boolean;
  /** How many events were folded: what the UI shows as "events read". */
  eventsRead: number;
}

/** Called after every successful append with the events just recorded (upcast). */
export type StoreListener = (events: readonly RecordedEvent[]) => void;

export interface EventStore {
  appendToStream<E extends Event>(
    streamName: string,
    events: readonly E[],
    options?: AppendOptions,
  ): AppendResult;
  readStream<E extends Event = Event>(streamName: string, options?: ReadOptions): ReadStreamResult<E>;
  aggregateStream<State, E extends Event = Event>(
    streamName: string,
    options: AggregateStreamOptions<State, E>,
  ): AggregateStreamResult<State>;
  /** The global log in append order; `from`/`to` are global positions (1-based, inclusive). */
  readAll<E extends Event = Event>(options?: ReadOptions): RecordedEvent<E>[];
  /** Global position of the last event, 0 when the store is empty. */
  headPosition(): number;
  streamVersion(streamName: string): number;
  streamExists(streamName: string): boolean;
  /** Stream names in creation order, optionally of one category. */
  streamNames(category?: string): string[];
  subscribe(listener: StoreListener): () => void;
  /** The current view of an inline projection given at creation. */
  view<View, E extends Event>(projection: Projection<View, E>): View;
}

export interface InMemoryEventStoreOptions {
  clock?: Clock;
  /** Applied to every event read back; stored events never change. */
  upcast?: Upcast;
  /** Updated in the same append as the events (atomically: if one throws, nothing is appended). */
  inlineProjections?: readonly Projection<unknown, Event>[];
}

const clampRange = (length: number, range: ReadRange = {}): [number, number] => {
  const from = Math.max(1, range.from ?? 1);
  const to = Math.min(length, range.to ?? length);
  return [from - 1, Math.max(from - 1, to)];
};

/**
 * An event store in memory, with Emmett's API. Synchronous on purpose: the
 * playground runs it inside a worker and in tests, where there is no I/O to
 * wait for, and synchronous code keeps stepping and replay deterministic.
 * Events are copied and frozen on append: the store owns its facts.
 */
export function createInMemoryEventStore(options: InMemoryEventStoreOptions = {}): EventStore {
  const clock = options.clock ?? systemClock;
  const upcast = options.upcast;
  const log: RecordedEvent[] = [];
  const streams = new Map<string, RecordedEvent[]>();
  const listeners = new Set<StoreListener>();
  const inline = (options.inlineProjections ?? []).map((projection) => ({
    projection,
    view: projection.initialState(),
  }));

  const read = <E extends Event>(events: readonly RecordedEvent[], apply = true): RecordedEvent<E>[] =>
    (upcast && apply ? events.map((event) => upcast(event)) : events.slice()) as RecordedEvent<E>[];

  const streamVersion = (streamName: string): number => streams.get(streamName)?.length ?? 0;

  const store: EventStore = {
    appendToStream(streamName, events, appendOptions = {}) {
      parseStreamName(streamName);
      const expected = appendOptions.expectedStreamVersion ?? NO_CONCURRENCY_CHECK;
      const existing = streams.get(streamName);
      const actual = existing?.length ?? 0;
      if (!matchesExpectedVersion(expected, actual)) {
        throw new ExpectedVersionConflictError(streamName, expected, actual);
      }
      const recordedAt = new Date(clock.now()).toISOString();
      const recorded: RecordedEvent[] = events.map((event, i) =>
        Object.freeze({
          type: event.type,
          data: frozenCopy(event.data),
          // Metadata fields are all primitives (EventMetadata), so a shallow copy owns them.
          metadata: Object.freeze({
            ...event.metadata,
            streamName,
            streamVersion: actual + i + 1,
            globalPosition: log.length + i + 1,
            recordedAt,
          }),
        }),
      );
      const visible = read(recorded);
      // Inline projections first: if one throws, the append has not happened.
      const nextViews = inline.map(({ projection, view }) =>
        project(projection, visible, view, log.length),
      );
      inline.forEach((entry, i) => {
        entry.view = nextViews[i];
      });
      const stream = existing ?? [];
      if (!existing) streams.set(streamName, stream);
      for (const event of recorded) {
        stream.push(event);
        log.push(event);
      }
      if (visible.length > 0) for (const listener of [...listeners]) listener(visible);
      return {
        nextExpectedStreamVersion: stream.length,
        lastEventGlobalPosition: log.length,
        createdNewStream: !existing && stream.length > 0,
      };
    },

    readStream<E extends Event = Event>(streamName: string, range?: ReadOptions) {
      const stream = streams.get(streamName) ?? [];
      const [start, end] = clampRange(stream.length, range);
      return {
        events: read<E>(stream.slice(start, end), range?.upcast),
        currentStreamVersion: stream.length,
        streamExists: stream.length > 0,
      };
    },

    aggregateStream<State, E extends Event = Event>(
      streamName: string,
      { evolve, initialState, read: range }: AggregateStreamOptions<State, E>,
    ) {
      const { events, currentStreamVersion, streamExists } = store.readStream<E>(streamName, range);
      const startIndex = Math.max(0, (range?.from ?? 1) - 1);
      const state = foldReporting(evolve, initialState(), events, { startIndex });
      return { state, currentStreamVersion, streamExists, eventsRead: events.length };
    },

    readAll<E extends Event = Event>(range?: ReadOptions) {
      const [start, end] = clampRange(log.length, range);
      return read<E>(log.slice(start, end), range?.upcast);
    },

    headPosition: () => log.length,
    streamVersion,
    streamExists: (streamName) => streamVersion(streamName) > 0,
    streamNames(category) {
      const names = [...streams.keys()];
      return category === undefined
        ? names
        : names.filter((name) => parseStreamName(name).category === category);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    view<View, E extends Event>(projection: Projection<View, E>): View {
      const entry = inline.find((candidate) => candidate.projection === projection)
        ?? inline.find((candidate) => candidate.projection.name === projection.name);
      if (!entry) throw new Error(`No inline projection named "${projection.name}" in this store`);
      return entry.view as View;
    },
  };
  return store;
}
