/**
 * The list of example domains and the shape of each folder's `example.json`.
 *
 * Each example lives in `playground/examples/<id>/` as real files:
 * - `domain.ts`: the decider and projections the learner edits (imports only '#engine'),
 * - `events.json`: the example stream,
 * - `example.json`: metadata the page reads (this file describes its shape),
 * - `story.ts`: the commands that produced `events.json` (kept so the stream is
 *   provably one that `decide` accepted; `stream-builder.ts` replays it, and
 *   `write-streams.ts` writes the result).
 *
 * This module is plain TypeScript with no bundler-specific imports, so the
 * playground (through Vite) and Node (tests, benches) can both use it.
 */

/** Ordered as the talk meets them: Redux first, then the case studies. */
export const exampleIds = [
  'counter',
  'bank-account',
  'paydirekt-payment',
  'billy-ledger',
  'jet-cart',
  'octopus-deploy',
  'ticketfly-seats',
  'yammer-feed',
  'capital-match-loan',
  'envato-conflict',
  'upcasting',
] as const;

export type ExampleId = (typeof exampleIds)[number];

/** The example the playground opens when `?example=` is missing or unknown. */
export const defaultExampleId: ExampleId = 'counter';

/** One input of a command form; the form's values become the command's `data`. */
export interface ExampleField {
  name: string;
  label: string;
  kind: 'number' | 'string' | 'select';
  /** Only for `select`: the allowed values, shown as they are. */
  options?: string[];
  default?: string | number;
}

/** A command the learner can send from the page. */
export interface ExampleCommand {
  type: string;
  label: string;
  fields: ExampleField[];
}

/** A command as data, ready for `decide`. */
export interface CommandData {
  type: string;
  data: Record<string, string | number>;
}

export interface ExampleMeta {
  id: ExampleId;
  title: string;
  /** One sentence. */
  summary: string;
  /** Two to four things to notice, one sentence each. */
  notice: string[];
  /**
   * The slug of the case study's slide (`redux` for `slides/06-redux.mdx`), not its
   * number: numbers change when a slide is added. The page turns it into `/slides/N`
   * at build time, and the build fails on a slug that no slide has.
   */
  slide: string;
  /** The stream of `events.json`, named `category-id`. */
  streamName: string;
  /** A numeric field of the state to chart over time (a dotted path), or null. */
  chart: { path: string; label: string } | null;
  commands: ExampleCommand[];
  /** The rules `decide` enforces, exactly as the DomainError's `invariant` names them. */
  invariants: string[];
  /**
   * Two writers deciding on the same stream version: the first wins, the
   * second gets an optimistic-concurrency conflict (and may retry).
   */
  conflictDemo?: { command: CommandData; otherCommand: CommandData };
}

export function isExampleId(value: unknown): value is ExampleId {
  return typeof value === 'string' && (exampleIds as readonly string[]).includes(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function isField(value: unknown): value is ExampleField {
  if (!isRecord(value)) return false;
  const { name, label, kind, options } = value;
  if (typeof name !== 'string' || typeof label !== 'string') return false;
  if (kind !== 'number' && kind !== 'string' && kind !== 'select') return false;
  if (kind === 'select' && !(isStringArray(options) && options.length > 0)) return false;
  if (kind !== 'select' && options !== undefined) return false;
  const fallback = value.default;
  if (fallback === undefined) return true;
  if (kind === 'number') return typeof fallback === 'number';
  if (kind === 'select') return typeof fallback === 'string' && (options as string[]).includes(fallback);
  return typeof fallback === 'string';
}

function isCommand(value: unknown): value is ExampleCommand {
  return (
    isRecord(value) &&
    typeof value.type === 'string' &&
    typeof value.label === 'string' &&
    Array.isArray(value.fields) &&
    value.fields.every(isField)
  );
}

function isCommandData(value: unknown): value is CommandData {
  return (
    isRecord(value) &&
    typeof value.type === 'string' &&
    isRecord(value.data) &&
    Object.values(value.data).every((v) => typeof v === 'string' || typeof v === 'number')
  );
}

/** True when `value` has the shape of an `example.json` (pure: reads, never throws). */
export function validateExampleMeta(value: unknown): value is ExampleMeta {
  if (!isRecord(value)) return false;
  const { id, title, summary, notice, slide, streamName, chart, commands, invariants, conflictDemo } = value;
  if (!isExampleId(id)) return false;
  if (typeof title !== 'string' || title === '') return false;
  if (typeof summary !== 'string' || summary === '') return false;
  if (!isStringArray(notice) || notice.length < 2 || notice.length > 4) return false;
  if (typeof slide !== 'string' || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slide)) return false;
  if (typeof streamName !== 'string' || !/^[A-Za-z][\w]*-.+$/.test(streamName)) return false;
  if (chart !== null && !(isRecord(chart) && typeof chart.path === 'string' && typeof chart.label === 'string')) {
    return false;
  }
  if (!Array.isArray(commands) || commands.length === 0 || !commands.every(isCommand)) return false;
  if (!isStringArray(invariants) || invariants.length === 0) return false;
  if (conflictDemo !== undefined) {
    if (!isRecord(conflictDemo)) return false;
    if (!isCommandData(conflictDemo.command) || !isCommandData(conflictDemo.otherCommand)) return false;
  }
  return true;
}
