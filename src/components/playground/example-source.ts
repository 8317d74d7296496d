/**
 * Where an example's files come from. The metadata is rendered into the page
 * as JSON by the server (no script weight); code and events are separate
 * chunks loaded on demand, so the page downloads only the example it shows.
 */
import { validateExampleMeta, type ExampleId, type ExampleMeta } from '../../../playground/examples/catalog.ts';

const codeFiles = import.meta.glob<string>('../../../playground/examples/*/domain.ts', { query: '?raw', import: 'default' });
const eventFiles = import.meta.glob<string>('../../../playground/examples/*/events.json', { query: '?raw', import: 'default' });

/** Which text an example opens with: the learner's saved edits (when there are any) or the shipped files. */
export type ExampleSource = 'original' | 'saved';

export interface ExampleFiles {
  meta: ExampleMeta;
  code: string;
  events: string;
}

/** The metadata the server embedded in `#pg-metas`, validated again (it is data, not code). */
export function readMetas(): Map<ExampleId, ExampleMeta> {
  const metas = new Map<ExampleId, ExampleMeta>();
  const text = document.getElementById('pg-metas')?.textContent ?? '[]';
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return metas;
  }
  if (Array.isArray(parsed)) for (const meta of parsed) if (validateExampleMeta(meta)) metas.set(meta.id, meta);
  return metas;
}

export async function loadExampleFiles(meta: ExampleMeta): Promise<ExampleFiles> {
  const base = `../../../playground/examples/${meta.id}/`;
  const [code, events] = await Promise.all([codeFiles[`${base}domain.ts`]?.() ?? '', eventFiles[`${base}events.json`]?.() ?? '[]']);
  return { meta, code, events };
}
