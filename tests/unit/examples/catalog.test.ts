import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { slideSlug } from '../../../src/components/deck/slide-files.ts';
import { defaultExampleId, exampleIds, isExampleId, validateExampleMeta } from '../../../playground/examples/catalog.ts';
import { loadExample, presentIds } from './load.ts';

test('every listed example has its folder, counter first', () => {
  assert.deepEqual(presentIds, [...exampleIds]);
  assert.equal(exampleIds[0], 'counter');
  assert.equal(defaultExampleId, 'counter');
  assert.ok(exampleIds.length >= 11);
});

test('isExampleId accepts only listed ids', () => {
  assert.ok(isExampleId('bank-account'));
  for (const value of ['Bank-Account', '', '../counter', 42, null, undefined]) assert.equal(isExampleId(value), false);
});

test('validateExampleMeta rejects broken metadata instead of throwing', async () => {
  const { meta } = await loadExample('bank-account');
  const broken: unknown[] = [
    null, 'text', [], {},
    { ...meta, id: 'nope' },
    { ...meta, notice: ['only one'] },
    { ...meta, slide: '/read#bank' },
    { ...meta, slide: '/slides/26' },
    { ...meta, slide: 'Fold' },
    { ...meta, streamName: 'no dash' },
    { ...meta, chart: { path: 1 } },
    { ...meta, commands: [{ type: 'X', label: 'X', fields: [{ name: 'a', label: 'A', kind: 'select' }] }] },
    { ...meta, commands: [{ type: 'X', label: 'X', fields: [{ name: 'a', label: 'A', kind: 'number', default: 'one' }] }] },
    { ...meta, invariants: [] },
    { ...meta, conflictDemo: { command: { type: 'X', data: { a: {} } }, otherCommand: { type: 'Y', data: {} } } },
  ];
  for (const value of broken) assert.equal(validateExampleMeta(value), false, JSON.stringify(value)?.slice(0, 80));
  assert.equal(validateExampleMeta(meta), true);
});

test('every example names a distinct stream and a slide of the talk, by its slug', async () => {
  const metas = await Promise.all(exampleIds.map(async (id) => (await loadExample(id)).meta));
  assert.equal(new Set(metas.map((m) => m.streamName)).size, metas.length);
  const slugs = readdirSync(join(import.meta.dirname, '..', '..', '..', 'slides')).filter((f) => f.endsWith('.mdx')).map(slideSlug);
  for (const meta of metas) assert.ok(slugs.includes(meta.slide), `${meta.id}: no slide named "${meta.slide}" in slides/`);
});
