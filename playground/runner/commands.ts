import { DomainError } from '../engine/errors.ts';
import { deepFreeze } from '../engine/immutability.ts';
import {
  matchesExpectedVersion, NO_CONCURRENCY_CHECK, STREAM_DOES_NOT_EXIST, STREAM_EXISTS, type ExpectedStreamVersion,
} from '../engine/expected-version.ts';
import type { Event } from '../engine/types.ts';
import { toCrossable } from './cloneable.ts';
import { learnerPosition, runtimeError, thrownMessage } from './error-position.ts';
import { deciderFold, failureError, readEvents, requireModule, upcastAll, type Context } from './context.ts';
import { fail, type Message, type RunCommandResult } from './protocol.ts';
import { isMessage, isRecord } from './guards.ts';

/**
 * A command through the learner's decider, as a real command handler does
 * it (Emmett's handleCommand): state at the head, decide, check the expected
 * version, append. Rejections and conflicts are outcomes, not errors: they
 * are what the learner came to see.
 */

function isExpectedVersion(value: unknown): value is ExpectedStreamVersion {
  return (typeof value === 'number' && Number.isInteger(value) && value >= 0)
    || value === NO_CONCURRENCY_CHECK || value === STREAM_DOES_NOT_EXIST || value === STREAM_EXISTS;
}

/** A DomainError from the engine, or one that looks like it (another copy of the engine). */
function asDomainError(caught: unknown): { message: string; invariant: string } | undefined {
  if (caught instanceof DomainError) return caught;
  if (caught instanceof Error && caught.name === 'DomainError' && isRecord(caught) && typeof caught.invariant === 'string') {
    return { message: caught.message, invariant: caught.invariant };
  }
  return undefined;
}

function streamNameOf(stored: readonly Message[], command: Message): string {
  const fromStream = stored.at(-1)?.metadata?.streamName;
  if (typeof fromStream === 'string') return fromStream;
  const fromCommand = command.metadata?.streamName;
  return typeof fromCommand === 'string' ? fromCommand : 'stream-1';
}

export function runCommand(ctx: Context, command: unknown, rawOptions: unknown, onAppend: () => void): RunCommandResult {
  const module = requireModule(ctx);
  if (!module.ok) return module;
  const decide = module.value.decider?.decide;
  const evolve = module.value.decider?.evolve;
  if (!decide || !evolve) return fail({ kind: 'invalid-input', message: 'Your decider has no `decide` function, so it cannot handle commands.' });
  if (!isMessage(command)) return fail({ kind: 'invalid-input', message: 'A command should look like { "type": "DepositMoney", "data": {...} }.' });
  const options = isRecord(rawOptions) ? rawOptions : {};
  const expected = options.expectedStreamVersion ?? NO_CONCURRENCY_CHECK;
  if (!isExpectedVersion(expected)) {
    return fail({ kind: 'invalid-input', message: 'expectedStreamVersion should be a number of events, STREAM_DOES_NOT_EXIST, STREAM_EXISTS or NO_CONCURRENCY_CHECK.' });
  }
  const folded = deciderFold(ctx);
  if (!folded.ok) return folded;
  const version = ctx.stored.length;
  // A writer that names the version it read decides on the state it saw there
  // (two writers reading version v both decide on v): that is what makes the
  // second append a conflict instead of a fresh decision on the newer head.
  const readAt = typeof expected === 'number' && expected < version ? expected : version;
  const head = folded.value.stateAt(readAt);
  if (!head.ok) return fail(failureError(ctx, head.failure, 'evolve'));
  const columns = module.value.columns;

  // Decide first, as the engine's handleCommand does: a rejection wins over a stale version.
  let decided: unknown;
  try {
    decided = decide(command, head.state);
  } catch (caught) {
    const domain = asDomainError(caught);
    if (!domain) return fail(runtimeError(caught, columns, 'decide'));
    const where = learnerPosition(caught, columns);
    return { ok: true, outcome: 'rejected', invariant: domain.invariant, message: domain.message, ...where };
  }
  if (!matchesExpectedVersion(expected, version)) {
    return {
      ok: true, outcome: 'conflict', expected, actual: version,
      message: `Someone appended first: you decided on version ${String(expected)}, the stream is now at ${version}. Read again, decide again, retry.`,
    };
  }

  const list: unknown[] = Array.isArray(decided) ? decided : [decided];
  const streamName = streamNameOf(ctx.stored, command);
  const recordedAt = new Date().toISOString();
  const extra = isRecord(options.metadata) ? options.metadata : {};
  const fresh: Message[] = [];
  for (const [i, event] of list.entries()) {
    if (!isMessage(event)) {
      return fail({ kind: 'runtime', message: `decide returned something that is not an event (item ${i}): ${thrownMessage(event)}. Return { type, data } or a list of them.` });
    }
    const crossable = toCrossable(event.data, `event ${i} data`);
    if (!crossable.ok) return crossable;
    fresh.push({
      type: event.type,
      data: event.data,
      metadata: { ...extra, ...event.metadata, streamName, streamVersion: version + i + 1, globalPosition: version + i + 1, recordedAt },
    });
  }

  // Evolve the new events before appending: an evolve that throws on them must not leave a half-written stream.
  const read = readEvents(ctx);
  if (!read.ok) return read;
  const upcast = upcastAll(module.value, ctx.upcast, fresh, version);
  if (!upcast.ok) return upcast;
  let state = head.state;
  for (const [i, event] of upcast.value.entries()) {
    try {
      state = evolve(state, event);
    } catch (caught) {
      return fail(runtimeError(caught, columns, 'evolve', { index: version + i, type: event.type }));
    }
  }

  deepFreeze(fresh);
  ctx.stored = [...ctx.stored, ...fresh];
  const readNew: Event[] = upcast.value;
  ctx.read = [...read.value, ...readNew];
  folded.value.append(readNew);
  for (const projection of ctx.projections.values()) projection.append(readNew);
  onAppend();
  return { ok: true, outcome: 'appended', events: fresh, streamVersion: ctx.stored.length };
}
