/**
 * Loads an example's domain, story and metadata from its folder and runs the
 * story (Node only: uses dynamic imports of sibling files).
 */
import type { Command, Decider, Event } from '#engine';
import { validateExampleMeta, type ExampleId, type ExampleMeta } from './catalog.ts';
import { runStory, type StoredEvent, type StoryStep } from './stream-builder.ts';
import { upcastEvent, type UpcasterLike } from './upcast.ts';

interface DomainModule {
  decider: Decider<unknown, Command, Event>;
  upcasters?: readonly UpcasterLike[];
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
  const upcasters = domain.upcasters ?? [];
  return runStory(domain.decider, story, meta.streamName, (event) => upcastEvent(upcasters, event));
}
