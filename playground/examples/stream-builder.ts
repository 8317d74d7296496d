/**
 * Builds an example's `events.json` from its `story.ts`: a list of commands,
 * who sent them and when. Each command goes through the decider's `decide`
 * on the state so far, so every event in the example stream is one that the
 * domain's rules accepted at that point of the story.
 *
 * Pure: no file I/O here (see `write-streams.ts` for the command-line tool).
 */
import type { Command, Decider, Event, EventMetadata } from '#engine';

interface StepMeta {
  /** When the command was handled (ISO 8601). */
  at: string;
  /** Who sent it: a person or a service. */
  by: string;
  correlationId?: string;
}

/** A command handled by today's code. */
export interface CommandStep<C extends Command> extends StepMeta {
  command: C;
}

/**
 * An event recorded long ago by an older version of the code, stored as it
 * was (used by the upcasting example: old shapes stay in the log forever).
 */
export interface RecordedStep extends StepMeta {
  recorded: { type: string; data: unknown; schemaVersion: number };
}

export type StoryStep<C extends Command> = CommandStep<C> | RecordedStep;

export interface StoredEvent {
  type: string;
  data: unknown;
  metadata: EventMetadata & { streamName: string; occurredAt: string; by: string };
}

/** Turns an old stored event into today's shape (identity for current ones). */
export type UpcastFn = (event: StoredEvent) => Event;

/**
 * Runs the story through `decide` and returns the stream with metadata.
 * Throws (with the step's index) when a step is rejected: a story that the
 * rules refuse is a bug in the example, not something to ship.
 */
export function runStory<S, C extends Command, E extends Event>(
  decider: Decider<S, C, E>,
  story: readonly StoryStep<C>[],
  streamName: string,
  upcast: UpcastFn = (event) => event,
): StoredEvent[] {
  const stream: StoredEvent[] = [];
  let state = decider.initialState();
  story.forEach((step, index) => {
    const meta = (occurredAt: string) => ({
      streamName,
      occurredAt,
      by: step.by,
      ...(step.correlationId ? { correlationId: step.correlationId } : {}),
    });
    if ('recorded' in step) {
      const { type, data, schemaVersion } = step.recorded;
      const stored: StoredEvent = { type, data, metadata: { ...meta(new Date(step.at).toISOString()), schemaVersion } };
      stream.push(stored);
      state = decider.evolve(state, upcast(stored) as E);
      return;
    }
    let decided: E | E[];
    try {
      decided = decider.decide(step.command, state);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`story step ${index} (${step.command.type}) was rejected: ${reason}`, { cause: error });
    }
    const events = Array.isArray(decided) ? decided : [decided];
    events.forEach((event, i) => {
      // Events of one command share its moment; a millisecond apart keeps the log ordered.
      const occurredAt = new Date(Date.parse(step.at) + i).toISOString();
      // Metadata that decide set (e.g. today's schemaVersion) is kept.
      stream.push({ type: event.type, data: event.data, metadata: { ...meta(occurredAt), ...event.metadata } });
      state = decider.evolve(state, event);
    });
  });
  return stream;
}

/** `start` plus some seconds, as ISO 8601: keeps stories readable. */
export function after(start: string, seconds: number): string {
  return new Date(Date.parse(start) + seconds * 1000).toISOString();
}

/** JSON with spaces, as a person would type it (one event per line is done by the caller). */
function inline(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(inline).join(', ')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${inline(v)}`);
    return entries.length === 0 ? '{}' : `{ ${entries.join(', ')} }`;
  }
  return JSON.stringify(value);
}

/** The stream as `events.json` text: one event per line, so the editor shows it as a log. */
export function formatStream(events: readonly StoredEvent[]): string {
  return `[\n${events.map((event) => `  ${inline(event)}`).join(',\n')}\n]\n`;
}

/** A story written as rows of `[when, who, command]`, the way a log reads. */
export function storyOf<C extends Command>(rows: ReadonlyArray<readonly [at: string, by: string, command: C]>): CommandStep<C>[] {
  return rows.map(([at, by, command]) => ({ at, by, command }));
}
