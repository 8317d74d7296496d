/**
 * The site's files an export needs, read in the browser as Vite chunks
 * (loaded only when the learner asks for an export), and the export built
 * from them with the pure generator. Mirrors tests/unit/emmett/inputs.ts,
 * which builds the same inputs in Node.
 */
import { createUpcaster, type Command, type Decider, type Event, type Upcaster } from '#engine';
import { validateExampleMeta } from '../../../playground/examples/catalog.ts';
import { deriveSpecCases } from '../../../playground/examples/spec-cases.ts';
import type { StoryStep } from '../../../playground/examples/stream-builder.ts';
import { isExerciseId } from '../../../playground/exercises/catalog.ts';
import { checkLoaders } from '../../../playground/exercises/checks-index.ts';
import adapter from './template/emmett-adapter.ts?raw';
import { deciderCasesOf } from './cases.ts';
import { checkKitFiles, emmettProject, parseEventsText, type ProjectResult, type SiteSources } from './project.ts';
import { zipProject } from './zip.ts';

const engineFiles = import.meta.glob<string>('../../../playground/engine/*.ts', { query: '?raw', import: 'default' });
// Every top-level file of playground/exercises/ (the check kit among them); checkKitFiles says which are shipped.
const kitFiles = import.meta.glob<string>('../../../playground/exercises/*.ts', { query: '?raw', import: 'default' });
const checkFiles = import.meta.glob<string>('../../../playground/exercises/*/checks.ts', { query: '?raw', import: 'default' });
const domains = import.meta.glob<{ decider: Decider<unknown, Command, Event>; upcasters?: readonly Upcaster[] }>(
  '../../../playground/examples/*/domain.ts',
);
const stories = import.meta.glob<StoryStep<Command>[]>('../../../playground/examples/*/story.ts', { import: 'story' });
const streams = import.meta.glob<string>('../../../playground/examples/*/events.json', { query: '?raw', import: 'default' });
const metas = import.meta.glob<unknown>('../../../playground/examples/*/example.json', { import: 'default' });

/** What the page knows when the button is pressed: the editor's text and where it is. */
export type ExportRequest =
  | { kind: 'example'; id: string; code: string; eventsText: string }
  | { kind: 'exercise'; id: string; title: string; code: string };

async function load<T>(files: Record<string, () => Promise<T>>, path: string): Promise<T> {
  const loader = files[path];
  if (!loader) throw new Error(`${path} is not part of this site`);
  return loader();
}

async function siteSources(): Promise<SiteSources> {
  const entries = await Promise.all(
    Object.entries(engineFiles).map(async ([path, loader]) => [path.slice(path.lastIndexOf('/') + 1), await loader()] as const),
  );
  return { engine: Object.fromEntries(entries), adapter };
}

const example = (id: string, file: string) => `../../../playground/examples/${id}/${file}`;
const exercises = '../../../playground/exercises/';

async function build(request: ExportRequest): Promise<ProjectResult> {
  const sources = await siteSources();
  if (request.kind === 'example') {
    const meta = await load(metas, example(request.id, 'example.json'));
    if (!validateExampleMeta(meta)) return { ok: false, error: `There is no example "${request.id}" to export.` };
    const [domain, story, stream] = await Promise.all([
      load(domains, example(request.id, 'domain.ts')),
      load(stories, example(request.id, 'story.ts')),
      load(streams, example(request.id, 'events.json')),
    ]);
    const cases = deriveSpecCases(domain.decider, story, meta, createUpcaster(domain.upcasters ?? []));
    // The site's own events.json, written by its story: the "given" of the tests.
    const reference = parseEventsText(stream);
    if (!reference.ok) return reference;
    return emmettProject({ ...request, title: meta.title, streamName: meta.streamName, stream: reference.events, cases }, sources);
  }
  if (!isExerciseId(request.id)) return { ok: false, error: `There is no exercise "${request.id}" to export.` };
  const { checks, sample } = await checkLoaders[request.id]();
  const kit = await Promise.all(checkKitFiles.map(async (name) => [name, await load(kitFiles, `${exercises}${name}`)] as const));
  return emmettProject(
    {
      ...request,
      sample,
      deciderCases: deciderCasesOf(checks),
      checks: { kit: Object.fromEntries(kit), exercise: await load(checkFiles, `${exercises}${request.id}/checks.ts`) },
    },
    sources,
  );
}

/** The zip's bytes and file name, or what went wrong in words. */
export async function buildZip(request: ExportRequest): Promise<{ ok: true; name: string; bytes: Uint8Array } | { ok: false; error: string }> {
  const result = await build(request);
  if (!result.ok) return result;
  return { ok: true, name: `${result.folder}.zip`, bytes: zipProject(result.folder, result.files) };
}
