import { DomainError, ExpectedVersionConflictError } from './errors.ts';
import { fold } from './fold.ts';
import type { ExpectedStreamVersion } from './expected-version.ts';
import type { EventStore } from './event-store.ts';
import type { Command, Decider, Event, RecordedEvent } from './types.ts';

export interface HandleCommandOptions {
  /**
   * How many times to re-read and decide again after a conflict (default 0).
   * Retrying is safe because `decide` is pure: it sees the newer state and
   * may now accept or reject differently.
   */
  retries?: number;
  /**
   * The version the caller last saw (e.g. from a form rendered at version 3).
   * When given, a conflict is not retried: the user decided on stale data.
   * Without it, the version just read is expected.
   */
  expectedStreamVersion?: ExpectedStreamVersion;
}

/** What happened to a command: every outcome is a value, none is thrown. */
export type HandleCommandResult<State, Evt extends Event> =
  | {
      outcome: 'appended';
      events: RecordedEvent<Evt>[];
      newState: State;
      nextExpectedStreamVersion: number;
      lastEventGlobalPosition: number;
      attempts: number;
    }
  | { outcome: 'rejected'; error: DomainError; invariant: string; state: State; attempts: number }
  | { outcome: 'conflict'; error: ExpectedVersionConflictError; attempts: number };

const asArray = <T>(value: T | T[]): T[] => (Array.isArray(value) ? value : [value]);

/**
 * The whole command path of an event-sourced service in one function: load
 * the stream's state (aggregateStream), decide, append with the version that
 * was read. Errors other than DomainError and conflicts (bugs) are thrown.
 */
export function handleCommand<State, Cmd extends Command, Evt extends Event>(
  store: EventStore,
  streamName: string,
  decider: Decider<State, Cmd, Evt>,
  command: Cmd,
  options: HandleCommandOptions = {},
): HandleCommandResult<State, Evt> {
  const retries = options.expectedStreamVersion === undefined ? Math.max(0, options.retries ?? 0) : 0;
  for (let attempt = 1; ; attempt++) {
    const { state, currentStreamVersion } = store.aggregateStream<State, Evt>(streamName, {
      evolve: decider.evolve,
      initialState: decider.initialState,
    });
    let events: Evt[];
    try {
      events = asArray(decider.decide(command, state));
    } catch (error) {
      if (error instanceof DomainError) {
        return { outcome: 'rejected', error, invariant: error.invariant, state, attempts: attempt };
      }
      throw error;
    }
    try {
      const appended = store.appendToStream(streamName, events, {
        expectedStreamVersion: options.expectedStreamVersion ?? currentStreamVersion,
      });
      const recorded = store.readStream<Evt>(streamName, {
        from: appended.nextExpectedStreamVersion - events.length + 1,
        to: appended.nextExpectedStreamVersion,
      }).events;
      return {
        outcome: 'appended',
        events: recorded,
        newState: fold(decider.evolve, state, recorded),
        nextExpectedStreamVersion: appended.nextExpectedStreamVersion,
        lastEventGlobalPosition: appended.lastEventGlobalPosition,
        attempts: attempt,
      };
    } catch (error) {
      if (!(error instanceof ExpectedVersionConflictError)) throw error;
      if (attempt > retries) return { outcome: 'conflict', error, attempts: attempt };
    }
  }
}
