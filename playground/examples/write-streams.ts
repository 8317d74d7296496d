/**
 * Regenerates `events.json` of the examples from their `story.ts`:
 *   npx node playground/examples/write-streams.ts            (all)
 *   npx node playground/examples/write-streams.ts bank-account
 * The unit tests check that every committed `events.json` equals its story's output.
 */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { exampleIds, isExampleId } from './catalog.ts';
import { buildExampleStream } from './stories.ts';
import { formatStream } from './stream-builder.ts';

const wanted = process.argv.slice(2);
for (const id of wanted) if (!isExampleId(id)) throw new Error(`unknown example: ${id}`);
const written = exampleIds.filter((id) => existsSync(new URL(`./${id}/story.ts`, import.meta.url)));
const ids = wanted.length > 0 ? wanted.filter(isExampleId) : written;

for (const id of ids) {
  const events = await buildExampleStream(id);
  const file = new URL(`./${id}/events.json`, import.meta.url);
  await writeFile(file, formatStream(events));
  console.log(`${id}: ${events.length} events`);
}
