import type { ExpectedStreamVersion } from './expected-version.ts';

/**
 * A command was rejected by a business rule. `invariant` names the rule in
 * words a learner recognises ("balance may not go below zero"), so the UI can
 * say which rule stopped the command.
 */
export class DomainError extends Error {
  readonly invariant: string;
  constructor(message: string, invariant: string = message) {
    super(message);
    this.name = 'DomainError';
    this.invariant = invariant;
  }
}

/**
 * Optimistic concurrency said no: someone appended to the stream after we
 * read it. Not a bug but a normal outcome: re-read, decide again, retry.
 * `actual` is the stream's version now (0 when it has no events).
 */
export class ExpectedVersionConflictError extends Error {
  readonly streamName: string;
  readonly expected: ExpectedStreamVersion;
  readonly actual: number;
  constructor(streamName: string, expected: ExpectedStreamVersion, actual: number) {
    super(
      `Expected version ${String(expected)} of stream "${streamName}" but it is at version ${actual}`,
    );
    this.name = 'ExpectedVersionConflictError';
    this.streamName = streamName;
    this.expected = expected;
    this.actual = actual;
  }
}

/**
 * An `evolve` threw while folding. It says at which event (0-based index
 * into the folded list, and its type) so a learner sees where their code
 * failed, like Redux DevTools showing the action a reducer threw on.
 * `source` names the fold when it is not the stream's own (a projection).
 */
export class FoldError extends Error {
  readonly eventIndex: number;
  readonly eventType: string;
  readonly source: string | undefined;
  constructor(eventIndex: number, eventType: string, cause: unknown, source?: string) {
    const why = cause instanceof Error ? cause.message : String(cause);
    super(
      // Counted from 1, as the site's event lists number them (eventIndex stays 0-based).
      `${source ? `${source}: ` : ''}evolve failed on event ${eventIndex + 1} (${eventType}): ${why}`,
      { cause },
    );
    this.name = 'FoldError';
    this.eventIndex = eventIndex;
    this.eventType = eventType;
    this.source = source;
  }
}

/** Stream names follow `category-id` (KurrentDB's convention) so categories can be read as a whole. */
export class InvalidStreamNameError extends Error {
  readonly streamName: string;
  constructor(streamName: string, reason: string) {
    super(`Invalid stream name "${streamName}": ${reason}`);
    this.name = 'InvalidStreamNameError';
    this.streamName = streamName;
  }
}
