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
  /** kit.ts, decider-checks.ts, compare.ts, check-runner.ts and the exercise's checks.ts. */
  checks: { kit: string; deciderChecks: string; compare: string; checkRunner: string; exercise: string };
}

export type ProjectInput = ExampleInput | ExerciseInput;

export type ProjectFiles = Record<string, string>;

export type ProjectResult = { ok: true; folder: string; files: ProjectFiles } | { ok: false; error: string };

/** The events text, checked to be what start.ts can append: a JSON array of { type, data } objects. */
function checkEventsText(text: string): string | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return `The Events tab does not hold valid JSON (${error instanceof Error ? error.message : String(error)}). Fix it, then download again.`;
  }
  if (!Array.isArray(parsed)) return 'The Events tab must hold a JSON array of events.';
  const bad = parsed.findIndex(
    (item: unknown) =>
      typeof item !== 'object' || item === null || !('type' in item) || typeof item.type !== 'string' || !('data' in item) ||
      typeof item.data !== 'object' || item.data === null || Array.isArray(item.data),
  );
  return bad === -1 ? null : `Event #${bad} in the Events tab is not { "type": "...", "data": { ... } }, which Emmett needs.`;
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
    const problem = checkEventsText(input.eventsText);
    if (problem) return { ok: false, error: problem };
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
    'test/checks/kit.ts': input.checks.kit,
    'test/checks/decider-checks.ts': input.checks.deciderChecks,
    'test/checks/compare.ts': input.checks.compare,
    'test/checks/check-runner.ts': input.checks.checkRunner,
    'test/checks/exercise/checks.ts': input.checks.exercise,
  };
  if (input.deciderCases.length > 0) files['test/decider.test.ts'] = exerciseSpecTest(input.deciderCases);
  return { ok: true, folder, files };
}
