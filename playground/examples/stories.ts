/**
 * Loads an example's domain, story and metadata from its folder and runs the
 * story (Node only: uses dynamic imports of sibling files).
 */
import { createUpcaster, type Command, type Decider, type Event, type Upcaster } from '#engine';
import { validateExampleMeta, type ExampleId, type ExampleMeta } from './catalog.ts';
import { runStory, type StoredEvent, type StoryStep } from './stream-builder.ts';

interface DomainModule {
  decider: Decider<unknown, Command, Event>;
  upcasters?: readonly Upcaster[];
}

export async function loadExampleMeta(id: ExampleId): Promise<ExampleMeta> {
  const json: unknown = (await import(`./${id}/example.json`, { with: { type: 'json' } })).default;
  if (!validateExampleMeta(json)) throw new Error(`${id}/example.json does not have the ExampleMeta shape`);
  return json;
}

export async function buildExampleStream(id: ExampleId): Promise<StoredEvent[]> {
  const domain = (await import(`./${id}/domain.ts`)) as DomainModule;
  const { story } = (await import(`./${id}/story.ts`)) as { story: StoryStep<Command>[] };
  const meta = await loadExampleMeta(id);
  return runStory(domain.decider, story, meta.streamName, createUpcaster(domain.upcasters ?? []));
}
