/**
 * Test helpers: load an example folder (domain, stream, metadata) in Node.
 * Not a test file itself (node --test runs only *.test.ts).
 */
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createUpcaster, type Command, type Decider, type Event, type Projection, type Upcaster } from '#engine';
import { exampleIds, type ExampleId, type ExampleMeta } from '../../../playground/examples/catalog.ts';
import { loadExampleMeta } from '../../../playground/examples/stories.ts';
import type { StoredEvent } from '../../../playground/examples/stream-builder.ts';

export interface LoadedExample {
  id: ExampleId;
  meta: ExampleMeta;
  decider: Decider<unknown, Command, Event>;
  projections: Projection<unknown, Event>[];
  upcasters: readonly Upcaster[];
  /** As stored in events.json. */
  stored: StoredEvent[];
  /** After upcasting: what evolve sees. */
  events: Event[];
}

export const examplesRoot = new URL('../../../playground/examples/', import.meta.url);

/** The ids whose folder exists (all of them once every example is written). */
export const presentIds = exampleIds.filter((id) => existsSync(new URL(`${id}/domain.ts`, examplesRoot)));

export async function loadExample(id: ExampleId): Promise<LoadedExample> {
  const domain = (await import(new URL(`${id}/domain.ts`, examplesRoot).href)) as {
    decider: Decider<unknown, Command, Event>;
    projections: Projection<unknown, Event>[];
    upcasters?: readonly Upcaster[];
  };
  const stored = JSON.parse(await readFile(new URL(`${id}/events.json`, examplesRoot), 'utf8')) as StoredEvent[];
  const upcasters = domain.upcasters ?? [];
  return {
    id,
    meta: await loadExampleMeta(id),
    decider: domain.decider,
    projections: domain.projections,
    upcasters,
    stored,
    events: stored.map(createUpcaster(upcasters)),
  };
}

/** Folds the whole stream (optionally the first n events). */
export function fold(example: LoadedExample, n = example.events.length): unknown {
  return example.events.slice(0, n).reduce((state, event) => example.decider.evolve(state, event), example.decider.initialState());
}

export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** Command data from a form's defaults (the page does the same before the learner types). */
export function defaultData(command: ExampleMeta['commands'][number]): Record<string, string | number> {
  const data: Record<string, string | number> = {};
  for (const field of command.fields) {
    data[field.name] = field.default ?? (field.kind === 'number' ? 0 : field.kind === 'select' ? (field.options?.[0] ?? '') : '');
  }
  return data;
}
