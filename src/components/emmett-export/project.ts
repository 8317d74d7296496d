/**
 * Builds an exported Emmett project: data in, files out. No DOM, no
 * fetching: the page hands in the editor's text and the site's sources
 * (engine, adapter, checks) and gets back a map of paths to file texts,
 * which zip.ts packs. The learner's code is copied as it is, never
 * replaced by the solution.
 */
import type { Event } from '#engine';
import type { ExampleSpecCases } from '../../../playground/examples/spec-cases.ts';
import { packageJson, startScript, tsconfigJson, exampleSpecTest, exerciseSpecTest, exerciseChecksTest, type TitledCase } from './project-texts.ts';
import { readme } from './readme.ts';

/** The site's own files a project ships, by name. */
export interface SiteSources {
  /** playground/engine/*.ts by file name (index.ts, types.ts, ...). */
  engine: Readonly<Record<string, string>>;
  /** template/emmett-adapter.ts */
  adapter: string;
}

export interface ExampleInput {
  kind: 'example';
  id: string;
  title: string;
  streamName: string;
  /** The Code editor's text. */
  code: string;
  /** The Events editor's text (a JSON array of events). */
  eventsText: string;
  /** The example's stream as shipped (stored shapes): the "given" of the cases. */
  stream: Event[];
  cases: ExampleSpecCases;
}

export interface ExerciseInput {
  kind: 'exercise';
  id: string;
  title: string;
  code: string;
  /** The stream the exercise page folds (the checks' sample). */
  sample: Event[];
  /** The checks that are plain decider cases. */
  deciderCases: TitledCase[];
  /** The exercise's checks.ts, and the check kit it imports by file name (kit.ts, check-runner.ts, ...: checkKitFiles). */
  checks: { kit: Readonly<Record<string, string>>; exercise: string };
}

export type ProjectInput = ExampleInput | ExerciseInput;

/**
 * playground/exercises/ files that checks import ('../kit.ts', ...), shipped
 * beside the exercise's checks.ts. The CI export test compiles every
 * exercise's project, so a check that imports a file missing here fails there.
 */
export const checkKitFiles = ['kit.ts', 'decider-checks.ts', 'spec-checks.ts', 'compare.ts', 'check-runner.ts'] as const;

export type ProjectFiles = Record<string, string>;

export type ProjectResult = { ok: true; folder: string; files: ProjectFiles } | { ok: false; error: string };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Events text (the Events tab, an events.json) read as what Emmett can
 * append: a JSON array of { type, data } with an object as data. Each bad
 * input gets a message that says where.
 */
export function parseEventsText(text: string): { ok: true; events: Event[] } | { ok: false; error: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `The events are not valid JSON (${error instanceof Error ? error.message : String(error)}). Fix them, then download again.` };
  }
  if (!Array.isArray(parsed)) return { ok: false, error: 'The events must be a JSON array of events.' };
  const events: Event[] = [];
  for (const [index, item] of parsed.entries()) {
    if (!isObject(item) || typeof item.type !== 'string' || !isObject(item.data)) {
      return { ok: false, error: `Event #${index} is not { "type": "...", "data": { ... } }, which Emmett needs.` };
    }
    events.push(isObject(item.metadata) ? { type: item.type, data: item.data, metadata: item.metadata } : { type: item.type, data: item.data });
  }
  return { ok: true, events };
}

const formatEvents = (events: readonly Event[]): string =>
  `[\n${events.map((event) => `  ${JSON.stringify(event)}`).join(',\n')}\n]\n`;

function engineFiles(sources: SiteSources): ProjectFiles {
  return Object.fromEntries(Object.entries(sources.engine).map(([name, text]) => [`engine/${name}`, text]));
}

export function emmettProject(input: ProjectInput, sources: SiteSources): ProjectResult {
  if (input.code.trim() === '') return { ok: false, error: 'The editor is empty: there is no code to export.' };
  if (!sources.engine['index.ts']) return { ok: false, error: "The site's engine files could not be read; reload the page." };
  const folder = `${input.id}-emmett`;
  const common: ProjectFiles = {
    'tsconfig.json': tsconfigJson,
    'src/domain.ts': input.code,
    'src/emmett-adapter.ts': sources.adapter,
    ...engineFiles(sources),
  };

  if (input.kind === 'example') {
    const parsed = parseEventsText(input.eventsText);
    if (!parsed.ok) return parsed;
    const tests = ['test/decider.test.ts'];
    return {
      ok: true,
      folder,
      files: {
        ...common,
        'package.json': packageJson(folder, `${input.title}: the playground example on Emmett`, tests),
        'README.md': readme({
          title: input.title,
          origin: `/playground?example=${input.id}`,
          streamName: input.streamName,
          tests: [
            "`test/decider.test.ts` | The example's story and one case per rule, as Emmett `DeciderSpecification` tests",
          ],
          uncovered: input.cases.uncovered,
        }),
        'src/events.json': input.eventsText.endsWith('\n') ? input.eventsText : `${input.eventsText}\n`,
        'src/start.ts': startScript(input.streamName),
        'test/decider.test.ts': exampleSpecTest(input.stream, input.cases),
      },
    };
  }

  const streamName = `Exercise-${input.id}`;
  const tests = input.deciderCases.length > 0 ? ['test/decider.test.ts', 'test/checks.test.ts'] : ['test/checks.test.ts'];
  const files: ProjectFiles = {
    ...common,
    'package.json': packageJson(folder, `${input.title}: the exercise on Emmett`, tests),
    'README.md': readme({
      title: input.title,
      origin: `/exercises/${input.id}`,
      streamName,
      tests: [
        ...(input.deciderCases.length > 0
          ? ["`test/decider.test.ts` | The exercise's decider checks as Emmett `DeciderSpecification` tests"]
          : []),
        "`test/checks.test.ts` | The exercise's own checks (`test/checks/`), as the site runs them",
      ],
      uncovered: [],
    }),
    'src/events.json': formatEvents(input.sample),
    'src/start.ts': startScript(streamName),
    'test/checks.test.ts': exerciseChecksTest,
    ...Object.fromEntries(Object.entries(input.checks.kit).map(([name, text]) => [`test/checks/${name}`, text])),
    'test/checks/exercise/checks.ts': input.checks.exercise,
  };
  const missing = checkKitFiles.filter((name) => input.checks.kit[name] === undefined);
  if (missing.length > 0) return { ok: false, error: `The exercise's check files could not be read (${missing.join(', ')}); reload the page.` };
  if (input.deciderCases.length > 0) files['test/decider.test.ts'] = exerciseSpecTest(input.deciderCases);
  return { ok: true, folder, files };
}
