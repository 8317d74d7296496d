/**
 * Expected stream versions, named as in Emmett.
 *
 * Emmett (and Equinox) count events: a stream's version is the number of
 * events in it, so an empty stream is at version 0 and after the first event
 * it is at version 1. KurrentDB (EventStoreDB) instead expects a *revision*,
 * the 0-based index of the last event, and calls the empty case NO_STREAM:
 *
 * | here (Emmett)              | KurrentDB                 |
 * |----------------------------|---------------------------|
 * | STREAM_DOES_NOT_EXIST      | NO_STREAM                 |
 * | STREAM_EXISTS              | STREAM_EXISTS             |
 * | NO_CONCURRENCY_CHECK       | ANY                       |
 * | version n (n >= 1)         | revision n - 1            |
 */
export const STREAM_DOES_NOT_EXIST = 'STREAM_DOES_NOT_EXIST';
export const STREAM_EXISTS = 'STREAM_EXISTS';
export const NO_CONCURRENCY_CHECK = 'NO_CONCURRENCY_CHECK';

export type ExpectedStreamVersion =
  | number
  | typeof STREAM_DOES_NOT_EXIST
  | typeof STREAM_EXISTS
  | typeof NO_CONCURRENCY_CHECK;

/** Whether a stream currently at `actual` events satisfies `expected`. */
export function matchesExpectedVersion(expected: ExpectedStreamVersion, actual: number): boolean {
  switch (expected) {
    case NO_CONCURRENCY_CHECK:
      return true;
    case STREAM_DOES_NOT_EXIST:
      return actual === 0;
    case STREAM_EXISTS:
      return actual > 0;
    default:
      return expected === actual;
  }
}

/** KurrentDB's expected revision for one of ours, to show learners the same check in both vocabularies. */
export type KurrentExpectedRevision = number | 'no_stream' | 'stream_exists' | 'any';

export function toKurrentExpectedRevision(expected: ExpectedStreamVersion): KurrentExpectedRevision {
  switch (expected) {
    case NO_CONCURRENCY_CHECK:
      return 'any';
    case STREAM_DOES_NOT_EXIST:
      return 'no_stream';
    case STREAM_EXISTS:
      return 'stream_exists';
    default:
      return expected === 0 ? 'no_stream' : expected - 1;
  }
}

export function fromKurrentExpectedRevision(revision: KurrentExpectedRevision): ExpectedStreamVersion {
  switch (revision) {
    case 'any':
      return NO_CONCURRENCY_CHECK;
    case 'no_stream':
      return STREAM_DOES_NOT_EXIST;
    case 'stream_exists':
      return STREAM_EXISTS;
    default:
      return revision + 1;
  }
}
