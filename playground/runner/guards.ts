/**
 * Type guards for the worker boundary. Data that arrives from JSON, from a
 * share link or from the other side of postMessage is `unknown` until a guard
 * says otherwise; nothing is cast by hand. The guards read the protocol
 * (its types, its one list of error kinds); the protocol never reads them.
 */
import type { EventMetadata } from '../engine/types.ts';
import { RUNNER_ERROR_KINDS, type Message, type Result, type RunnerError } from './protocol.ts';

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const METADATA_TYPES: Record<keyof EventMetadata, 'string' | 'number'> = {
  streamName: 'string',
  streamVersion: 'number',
  globalPosition: 'number',
  occurredAt: 'string',
  recordedAt: 'string',
  by: 'string',
  correlationId: 'string',
  schemaVersion: 'number',
};

/** Metadata is an object whose known fields have their types; other fields are kept as given. */
export function isMetadata(value: unknown): value is EventMetadata {
  if (!isRecord(value)) return false;
  for (const [key, type] of Object.entries(METADATA_TYPES)) {
    if (value[key] !== undefined && typeof value[key] !== type) return false;
  }
  return true;
}

export function isMessage(value: unknown): value is Message {
  return (
    isRecord(value) &&
    typeof value.type === 'string' &&
    value.type.length > 0 &&
    'data' in value &&
    (value.metadata === undefined || isMetadata(value.metadata))
  );
}

/** Why a value is not an event, in plain words, or null when it is one. */
export function describeNotMessage(value: unknown, what: string): string | null {
  if (!isRecord(value)) return `${what} should be an object like { "type": "...", "data": {...} }.`;
  if (typeof value.type !== 'string' || value.type.length === 0) return `${what} has no "type" (a non-empty string).`;
  if (!('data' in value)) return `${what} (${value.type}) has no "data"; use {} when there is nothing to say.`;
  if (value.metadata !== undefined && !isRecord(value.metadata)) return `${what} (${value.type}) has "metadata" that is not an object.`;
  if (value.metadata !== undefined && !isMetadata(value.metadata)) {
    const wrong = Object.entries(METADATA_TYPES).find(([key, type]) => isRecord(value.metadata) && value.metadata[key] !== undefined && typeof value.metadata[key] !== type);
    return `${what} (${value.type}) has metadata.${wrong?.[0] ?? '?'} that should be a ${wrong?.[1] ?? 'value of another type'}.`;
  }
  return null;
}

export function isRunnerError(value: unknown): value is RunnerError {
  const kinds: readonly string[] = RUNNER_ERROR_KINDS;
  return isRecord(value) && typeof value.kind === 'string' && kinds.includes(value.kind) && typeof value.message === 'string';
}

/** A reply is a Result when it has a boolean `ok` and, if not ok, a RunnerError. */
export function isResult(value: unknown): value is Result<object> {
  if (!isRecord(value) || typeof value.ok !== 'boolean') return false;
  return value.ok || isRunnerError(value.error);
}
