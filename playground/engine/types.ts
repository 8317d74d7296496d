/**
 * The vocabulary of the engine, named as in Emmett, KurrentDB and Equinox so
 * that learners can carry it over to real tools.
 */

/** What a stream knows about each event besides its payload. */
export interface EventMetadata {
  streamName?: string;
  /** 1-based position of the event inside its stream (Emmett counts events). */
  streamVersion?: number;
  /** 1-based position of the event in the store's global log. */
  globalPosition?: number;
  /** When it happened in the domain (ISO 8601). */
  occurredAt?: string;
  /** When the store recorded it (ISO 8601). */
  recordedAt?: string;
  /** Who caused it: a user, a service, a scheduler. */
  by?: string;
  correlationId?: string;
  /** Version of the event's shape; upcasters raise old versions to the current one. */
  schemaVersion?: number;
}

/** A fact that happened, named in the past tense (`MoneyDeposited`). */
export interface Event<
  Type extends string = string,
  Data = unknown,
> {
  type: Type;
  data: Data;
  metadata?: EventMetadata;
}

/** An intention, named in the imperative (`DepositMoney`); it may be rejected. */
export interface Command<
  Type extends string = string,
  Data = unknown,
> {
  type: Type;
  data: Data;
  metadata?: EventMetadata;
}

/**
 * The Decider pattern (Jérémie Chassaing), as in Emmett.
 * `evolve` must be pure: the same state and event always give the same state.
 * That purity is what makes replay, time travel and snapshots possible.
 */
export interface Decider<State, Cmd extends Command, Evt extends Event> {
  initialState: () => State;
  evolve: (state: State, event: Evt) => State;
  /** Returns the events the command causes, or throws a DomainError to reject it. */
  decide: (command: Cmd, state: State) => Evt | Evt[];
  isTerminal?: (state: State) => boolean;
}

/**
 * A read model: a fold of the events it can handle into a shape made for
 * one question. It can be thrown away and rebuilt by replaying the log.
 */
export interface Projection<View, Evt extends Event = Event> {
  name: string;
  canHandle: readonly Evt['type'][];
  initialState: () => View;
  /**
   * Method syntax on purpose: it lets a `Projection<Balances, BankEvent>` sit
   * in a list of projections over all events (the store's inline list).
   * Must return a new view and not mutate the old one.
   */
  evolve(view: View, event: Evt): View;
}

/**
 * The metadata a store stamps on every event it records. Required here (not
 * optional as in `EventMetadata`) because anything read back from a store has
 * a place in its stream and in the global log.
 */
export interface RecordedEventMetadata extends EventMetadata {
  streamName: string;
  streamVersion: number;
  globalPosition: number;
  recordedAt: string;
}

/** An event as read back from a store: the payload plus where and when it was recorded. */
export type RecordedEvent<E extends Event = Event> = E & {
  metadata: RecordedEventMetadata;
};

/**
 * A range of positions, both ends inclusive and 1-based, as Emmett reads
 * streams: `{ to: k }` means "the first k events", which is exactly "the
 * state at position k" in a time-travel slider.
 */
export interface ReadRange {
  from?: number;
  to?: number;
}
