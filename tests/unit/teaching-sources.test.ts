// Every exercise and every example either cites the case study it uses or
// says that it is invented, so that no made-up number passes for a company's
// own (issue 12, correction 9). Exercises cite in their statement's
// frontmatter `source` (a quoted title, or "as quoted in the talk") or say
// "invented" in the statement; every example's notice says what is invented,
// and a case-study example points to a slide that names its source.
import { test } from 'node:test';
import { slideSlug } from '../../src/components/deck/slide-files.ts';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { exerciseIds } from '../../playground/exercises/catalog.ts';
import { exampleIds, validateExampleMeta } from '../../playground/examples/catalog.ts';

const root = new URL('../../', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, root), 'utf8');

/** The frontmatter's `source:` value, without its quotes ('' when missing). */
function sourceOf(statement: string): string {
  const frontmatter = /^---\n([\s\S]*?)\n---\n/.exec(statement)?.[1] ?? '';
  const line = frontmatter.split('\n').find((text) => text.startsWith('source:')) ?? '';
  return line
    .slice('source:'.length)
    .trim()
    .replace(/^(['"])([\s\S]*)\1$/, '$2');
}

/** A citation names a work: a title in quotes, or the talk's own quote of a page. */
const cites = (source: string): boolean => /["“][^"”]{3,}["”]/.test(source) || /as quoted in the talk/i.test(source);
const saysInvented = (text: string): boolean => /\binvented\b/i.test(text);

for (const id of exerciseIds) {
  test(`exercise ${id} cites its case study or says that it is invented`, () => {
    const statement = read(`playground/exercises/${id}/statement.mdx`);
    const source = sourceOf(statement);
    assert.ok(
      cites(source) || saysInvented(statement),
      `${id}/statement.mdx: frontmatter "source" (${JSON.stringify(source)}) names no work in quotes, and the statement does not say what is invented`,
    );
  });
}

/** Slide files by slug: examples link to a slide by its file's slug. */
const slideFiles = new Map(
  readdirSync(new URL('slides/', root))
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => [slideSlug(name), name]),
);

for (const id of exampleIds) {
  test(`example ${id} says what is invented, and a case study's slide names its source`, () => {
    const meta: unknown = JSON.parse(read(`playground/examples/${id}/example.json`));
    if (!validateExampleMeta(meta)) assert.fail(`${id}/example.json has the ExampleMeta shape`);
    assert.ok(
      meta.notice.some(saysInvented),
      `${id}/example.json: no notice says which data is invented (as envato-conflict does)`,
    );
    const file = slideFiles.get(meta.slide);
    assert.ok(file && existsSync(new URL(`slides/${file}`, root)), `${id}: slide ${meta.slide} exists`);
    const slide = read(`slides/${file}`);
    if (/^section: Companies$/m.test(slide)) {
      assert.match(slide, /<Cite\s[^>]*title=|<Quote\s[^>]*href=|<FactCard\s[^>]*source=\{\{ title:/, `${id}: its case-study slide ${file} names its source`);
    }
  });
}
