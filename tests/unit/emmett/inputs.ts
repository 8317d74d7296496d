/**
 * The export generator's inputs built in Node from the repository's files,
 * the way the pages build them in the browser (src/components/emmett-export/sources.ts).
 * Shared by the generator's unit test and the CI test that installs and
 * runs the exported projects. Not a test file.
 */
import { readFile, readdir } from 'node:fs/promises';
import { createUpcaster, type Command, type Decider, type Event, type Upcaster } from '#engine';
import type { ExampleId } from '../../../playground/examples/catalog.ts';
import { loadExampleMeta } from '../../../playground/examples/stories.ts';
import { deriveSpecCases } from '../../../playground/examples/spec-cases.ts';
import type { StoryStep } from '../../../playground/examples/stream-builder.ts';
import type { ExerciseId } from '../../../playground/exercises/catalog.ts';
import { checkLoaders } from '../../../playground/exercises/checks-index.ts';
import { deciderCasesOf } from '../../../src/components/emmett-export/cases.ts';
import { checkKitFiles, parseEventsText, type ExampleInput, type ExerciseInput, type SiteSources } from '../../../src/components/emmett-export/project.ts';

function streamOf(text: string): Event[] {
  const parsed = parseEventsText(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.events;
}

const root = new URL('../../../', import.meta.url);
const text = (path: string) => readFile(new URL(path, root), 'utf8');

export async function siteSources(): Promise<SiteSources> {
  const names = (await readdir(new URL('playground/engine/', root))).filter((name) => name.endsWith('.ts'));
  const engine = Object.fromEntries(await Promise.all(names.map(async (name) => [name, await text(`playground/engine/${name}`)] as const)));
  return { engine, adapter: await text('src/components/emmett-export/template/emmett-adapter.ts') };
}

/** An example's export input, with `code` (default: the example's own domain.ts) as the editor would hold it. */
export async function exampleInput(id: ExampleId, code?: string): Promise<ExampleInput> {
  const meta = await loadExampleMeta(id);
  const domain = (await import(new URL(`playground/examples/${id}/domain.ts`, root).href)) as {
    decider: Decider<unknown, Command, Event>;
    upcasters?: readonly Upcaster[];
  };
  const { story } = (await import(new URL(`playground/examples/${id}/story.ts`, root).href)) as { story: StoryStep<Command>[] };
  const eventsText = await text(`playground/examples/${id}/events.json`);
  return {
    kind: 'example',
    id,
    title: meta.title,
    streamName: meta.streamName,
    code: code ?? (await text(`playground/examples/${id}/domain.ts`)),
    eventsText,
    stream: streamOf(eventsText),
    cases: deriveSpecCases(domain.decider, story, meta, createUpcaster(domain.upcasters ?? [])),
  };
}

/** An exercise's export input; `code` defaults to its start code (what a learner first sees). */
export async function exerciseInput(id: ExerciseId, code?: string): Promise<ExerciseInput> {
  const { checks, sample } = await checkLoaders[id]();
  const statement = await text(`playground/exercises/${id}/statement.mdx`);
  const title = /^title:\s*["']?(.+?)["']?\s*$/m.exec(statement)?.[1] ?? id;
  return {
    kind: 'exercise',
    id,
    title,
    code: code ?? (await text(`playground/exercises/${id}/start.ts`)),
    sample,
    deciderCases: deciderCasesOf(checks),
    checks: {
      kit: Object.fromEntries(await Promise.all(checkKitFiles.map(async (name) => [name, await text(`playground/exercises/${name}`)] as const))),
      exercise: await text(`playground/exercises/${id}/checks.ts`),
    },
  };
}
