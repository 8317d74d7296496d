// The chapters "After the talk": one chapter per exercise of that part, in
// the same order, each naming its case-study sources and saying what is
// invented; each exercise statement does the same in its `source` line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { afterTalkExerciseIds, exerciseIds, levelOf, partOf, talkExerciseIds } from '../../../playground/exercises/catalog.ts';
import { chapterMeta, sourceLine } from '../../../src/components/deck/read/chapter-meta.ts';

const chaptersDir = new URL('../../../chapters/', import.meta.url);
const unquote = (value: string): string => value.trim().replace(/^'(.*)'$/, '$1').replace(/^"(.*)"$/, '$1');

/** Reads the small YAML subset chapters use: `key: value` lines and a `sources:` list of `- key: value` maps. */
function chapterFrontmatter(text: string): Record<string, unknown> {
  const block = /^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? '';
  const fields: Record<string, unknown> = {};
  let sources: Record<string, string>[] | null = null;
  for (const line of block.split('\n')) {
    const item = /^ {2}- (\w+): (.*)$/.exec(line);
    const more = /^ {4}(\w+): (.*)$/.exec(line);
    const top = /^(\w+):(.*)$/.exec(line);
    if (item && sources) sources.push({ [item[1] as string]: unquote(item[2] ?? '') });
    else if (more && sources?.length) Object.assign(sources[sources.length - 1] as object, { [more[1] as string]: unquote(more[2] ?? '') });
    else if (top) {
      const [, key = '', value = ''] = top;
      if (key === 'sources') fields.sources = sources = [];
      else fields[key] = unquote(value);
    }
  }
  return fields;
}

const files = readdirSync(chaptersDir).filter((file) => file.endsWith('.mdx')).sort();

test('the path has the talk first, in its order, then nine chapters after it, ending in the capstone', () => {
  assert.deepEqual(exerciseIds.slice(0, talkExerciseIds.length), [...talkExerciseIds]);
  assert.equal(afterTalkExerciseIds.length, 9);
  assert.equal(exerciseIds.length, 22);
  assert.equal(exerciseIds.at(-1), 'capstone');
  assert.equal(levelOf('capstone'), 'capstone');
  assert.equal(partOf('fold-a-stream'), 'the talk');
  assert.equal(partOf('write-the-specs'), 'after the talk');
});

test('one chapter per exercise after the talk, in the same order', () => {
  const exercises = files.map((file) => chapterFrontmatter(readFileSync(new URL(file, chaptersDir), 'utf8')).exercise);
  assert.deepEqual(exercises, [...afterTalkExerciseIds]);
});

for (const file of files) {
  test(`chapters/${file}: names its sources and what is invented`, () => {
    const meta = chapterMeta(file, chapterFrontmatter(readFileSync(new URL(file, chaptersDir), 'utf8')));
    assert.ok(meta.sources.length > 0);
    for (const source of meta.sources) assert.ok(sourceLine(source).length > 10, sourceLine(source));
    assert.match(meta.invented, /invented|Nothing/);
  });
}

test('a chapter without sources, or with an unknown exercise, is refused with its file name', () => {
  assert.throws(() => chapterMeta('x.mdx', { title: 'T', exercise: 'write-the-specs', sources: [], invented: 'Nothing' }), /x\.mdx: frontmatter "sources"/);
  assert.throws(() => chapterMeta('y.mdx', { title: 'T', exercise: 'fold-a-stream', sources: [{ title: 'S' }], invented: 'Nothing' }), /y\.mdx: frontmatter "exercise"/);
  assert.throws(() => chapterMeta('z.mdx', { title: 'T', exercise: 'capstone', sources: [{ title: 'S', date: 2016 }], invented: 'Nothing' }), /quote dates/);
});

for (const id of afterTalkExerciseIds) {
  test(`${id}: the statement cites its case study and says what is invented`, () => {
    const statement = readFileSync(new URL(`../../../playground/exercises/${id}/statement.mdx`, import.meta.url), 'utf8');
    const source = /^source: (.*)$/m.exec(statement)?.[1] ?? '';
    assert.ok(source.length > 20, `${id} has a source line`);
    assert.match(source, /invented/, `${id} says what is invented`);
    assert.match(statement, /^caseStudy: \S/m);
  });
}
