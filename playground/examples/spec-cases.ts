/**
 * given / when / then cases for an example, derived from its story and its
 * reference decider, so tests outside the site (Emmett's
 * DeciderSpecification in an exported project, the differential test
 * against Emmett) can hold any decider to the example's rules without
 * anyone writing those cases by hand.
 *
 * - Story cases: given the stream so far, when the story's next command,
 *   then exactly the events it produced.
 * - Rule cases: for each invariant in example.json, one command that the
 *   reference decider rejects naming that invariant. They are found by
 *   trying the story's commands (and the forms' defaults, and the same
 *   commands with numbers pushed to 0, -1, 0.5 and 10^9) at every point of
 *   the story, latest point first, so the case reads "given the story,
 *   when ...". An invariant no candidate triggers is listed as uncovered
 *   rather than invented.
 *
 * Pure: decider, story and metadata in, plain JSON-safe data out.
 */
import { DomainError, type Command, type Decider, type Event } from '#engine';
import type { CommandData, ExampleMeta } from './catalog.ts';
import type { StoryStep } from './stream-builder.ts';

/** Only the parts of an event that a decider decides. */
export interface EventPayload {
  type: string;
  data: unknown;
}

export interface StoryCase {
  /** How many events of the reference stream come before: the "given". */
  given: number;
  when: CommandData;
  then: EventPayload[];
}

export interface RuleCase {
  invariant: string;
  /** How many events of the reference stream are given (the whole story when it equals its length). */
  given: number;
  when: CommandData;
}

export interface ExampleSpecCases {
  storyCases: StoryCase[];
  ruleCases: RuleCase[];
  /** Invariants for which no candidate command was rejected: said, not hidden. */
  uncovered: string[];
  /** A command the decider accepts after the whole story with at least one event (for concurrency demos), if any. */
  acceptedAtEnd: CommandData | null;
}

type AnyDecider = Decider<unknown, Command, Event>;
type Upcast = (event: Event) => Event;

const payload = (event: Event): EventPayload => ({ type: event.type, data: event.data });
const asArray = <T>(value: T | T[]): T[] => (Array.isArray(value) ? value : [value]);

function isCommandData(command: Command): command is Command & CommandData {
  const { data } = command;
  return (
    typeof data === 'object' &&
    data !== null &&
    !Array.isArray(data) &&
    Object.values(data).every((value) => typeof value === 'string' || typeof value === 'number')
  );
}

/** Form defaults, as the page fills a command form before the learner types. */
function formDefaults(meta: ExampleMeta): CommandData[] {
  return meta.commands.map((form) => ({
    type: form.type,
    data: Object.fromEntries(
      form.fields.map((field) => [
        field.name,
        field.default ?? (field.kind === 'number' ? 0 : field.kind === 'select' ? (field.options?.[0] ?? '') : ''),
      ]),
    ),
  }));
}

/** The same command with one field changed to a value rules usually refuse (a number pushed out, a text left empty). */
function extremeVariants(command: CommandData): CommandData[] {
  const variants: CommandData[] = [];
  for (const [name, value] of Object.entries(command.data)) {
    const extremes: (string | number)[] = typeof value === 'number' ? [0, -1, 0.5, 1_000_000_000] : ['', '   '];
    for (const extreme of extremes) {
      if (extreme !== value) variants.push({ type: command.type, data: { ...command.data, [name]: extreme } });
    }
  }
  return variants;
}

function uniqueCommands(commands: readonly CommandData[]): CommandData[] {
  const seen = new Set<string>();
  return commands.filter((command) => {
    const key = JSON.stringify(command);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

type Outcome = { accepted: true; events: number } | { accepted: false; invariant: string } | { accepted: false; invariant: null };

function tryDecide(decider: AnyDecider, command: CommandData, state: unknown): Outcome {
  try {
    return { accepted: true, events: asArray(decider.decide(command, state)).length };
  } catch (error) {
    return { accepted: false, invariant: error instanceof DomainError ? error.invariant : null };
  }
}

export function deriveSpecCases(
  decider: AnyDecider,
  story: readonly StoryStep<Command>[],
  meta: ExampleMeta,
  upcast: Upcast = (event) => event,
): ExampleSpecCases {
  const storyCases: StoryCase[] = [];
  const storyCommands: CommandData[] = [];
  /** State after the first k stored events, for every k from 0 to the end of the story. */
  const statesAt = new Map<number, unknown>();
  let state = decider.initialState();
  let position = 0;
  const apply = (event: Event): void => {
    state = decider.evolve(state, event);
    position += 1;
    statesAt.set(position, state);
  };
  statesAt.set(0, state);
  for (const step of story) {
    if ('recorded' in step) {
      const { type, data, schemaVersion } = step.recorded;
      apply(upcast({ type, data, metadata: { schemaVersion } }));
      continue;
    }
    const events = asArray(decider.decide(step.command, state));
    if (isCommandData(step.command)) {
      const when = { type: step.command.type, data: { ...step.command.data } };
      storyCases.push({ given: position, when, then: events.map(payload) });
      storyCommands.push(when);
    }
    events.forEach(apply);
  }

  const demos = meta.conflictDemo ? [meta.conflictDemo.command, meta.conflictDemo.otherCommand] : [];
  const base = uniqueCommands([...demos, ...storyCommands, ...formDefaults(meta)]);
  const candidates = uniqueCommands([...base, ...base.flatMap(extremeVariants)]);
  const points = [...statesAt.keys()].sort((a, b) => b - a);

  const ruleCases: RuleCase[] = [];
  const found = new Set<string>();
  for (const given of points) {
    for (const when of candidates) {
      const outcome = tryDecide(decider, when, statesAt.get(given));
      if (outcome.accepted || outcome.invariant === null || found.has(outcome.invariant)) continue;
      if (!meta.invariants.includes(outcome.invariant)) continue;
      found.add(outcome.invariant);
      ruleCases.push({ invariant: outcome.invariant, given, when });
    }
  }
  ruleCases.sort((a, b) => meta.invariants.indexOf(a.invariant) - meta.invariants.indexOf(b.invariant));

  const atEnd = statesAt.get(position);
  const acceptedAtEnd =
    base.find((command) => {
      const outcome = tryDecide(decider, command, atEnd);
      return outcome.accepted && outcome.events > 0;
    }) ?? null;
  return {
    storyCases,
    ruleCases,
    uncovered: meta.invariants.filter((invariant) => !found.has(invariant)),
    acceptedAtEnd,
  };
}
