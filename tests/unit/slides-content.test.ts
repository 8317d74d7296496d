/**
 * The talk's content contract: every link of the original talk survives on a
 * slide, every slide carries what the deck and the reading view need
 * (title, section, notes), and screenshot text is never presented as the
 * speaker's own bullet points.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { SLIDE_FILE, assertUniqueSlugs, bySlideFile, slideSlug } from '../../src/components/deck/slide-files.ts';

const root = join(import.meta.dirname, '..', '..');
const slidesDir = join(root, 'slides');
// A copy of ../shared/talk/source.txt (the talk as given), so the test also runs on a fresh clone.
const source = readFileSync(join(root, 'tests', 'fixtures', 'talk-source.txt'), 'utf8');

interface Slide {
  file: string;
  text: string;
  fields: Map<string, string>;
}

/** Tiny frontmatter reader: `key: value` lines and `key: |` blocks between the first two `---` lines. */
export function frontmatter(text: string): Map<string, string> {
  const fields = new Map<string, string>();
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!match) return fields;
  let blockKey: string | null = null;
  const block: string[] = [];
  const flush = (): void => {
    if (blockKey) fields.set(blockKey, block.join('\n').trim());
    blockKey = null;
    block.length = 0;
  };
  for (const line of match[1].split('\n')) {
    if (blockKey && (line.startsWith(' ') || line === '')) {
      block.push(line.trim());
      continue;
    }
    flush();
    const kv = /^(\w+):\s*(.*)$/.exec(line);
    if (!kv) continue;
    if (kv[2] === '|') blockKey = kv[1];
    else fields.set(kv[1], kv[2].replace(/^"(.*)"$/, '$1').trim());
  }
  flush();
  return fields;
}

const files = readdirSync(slidesDir).filter((f) => f.endsWith('.mdx')).sort();
const slides: Slide[] = files.map((file) => {
  const text = readFileSync(join(slidesDir, file), 'utf8');
  return { file, text, fields: frontmatter(text) };
});
const all = slides.map((s) => s.text).join('\n');

test('there are 36 to 45 slides, each named NN-slug.mdx (NNa-slug.mdx between two), slugs unique', () => {
  assert.ok(files.length >= 36 && files.length <= 45, `${files.length} slides`);
  for (const file of files) assert.match(file, SLIDE_FILE, file);
  assert.doesNotThrow(() => assertUniqueSlugs(files));
});

test('a slide added between two others needs no renaming, and slugs do not change', () => {
  // A letter after the number sorts after NN-… and before the next number, whatever else is there.
  const withNew = [...files, '12z-new-case.mdx'].sort(bySlideFile);
  const at = withNew.indexOf('12z-new-case.mdx');
  assert.ok(withNew.slice(0, at).every((f) => f < '13'), 'every slide before it is numbered 12 or less');
  assert.ok(withNew.slice(at + 1).every((f) => f >= '13'), 'every slide after it is numbered 13 or more');
  assert.ok(withNew.slice(0, at).some((f) => f.startsWith('12-')), 'slide 12 comes before it');
  assert.equal(slideSlug('12a-new-case.mdx'), 'new-case');
  assert.equal(slideSlug('slides/06-redux.mdx'), 'redux');
  assert.throws(() => slideSlug('6-redux.mdx'), /NN-slug\.mdx/);
  assert.throws(() => slideSlug('06_Redux.mdx'), /NN-slug\.mdx/);
  assert.throws(() => assertUniqueSlugs(['06-redux.mdx', '40-redux.mdx']), /share the slug "redux"/);
});

test('every slide has a title, a section and speaker notes', () => {
  for (const s of slides) {
    for (const key of ['title', 'section', 'notes']) {
      assert.ok((s.fields.get(key) ?? '').length > 0, `${s.file} lacks ${key}`);
    }
    // Astro's MDX compiler would import a `layout` key as a component: slides use `slideLayout`.
    assert.ok(!s.fields.has('layout'), `${s.file}: write slideLayout, not layout`);
    const layout = s.fields.get('slideLayout');
    if (layout) assert.ok(['title', 'default', 'section', 'quote'].includes(layout), `${s.file}: slideLayout ${layout}`);
  }
});

test('slide titles are unique', () => {
  const seen = new Map<string, string>();
  for (const s of slides) {
    const title = s.fields.get('title') ?? '';
    assert.ok(!seen.has(title), `"${title}" in ${s.file} and ${seen.get(title)}`);
    seen.set(title, s.file);
  }
});

test('every link of the talk is on a slide', () => {
  const urls = new Set(
    [...source.matchAll(/https?:\/\/[^\s<>]+/g)].map((m) => m[0].replace(/[).,]+$/, '')),
  );
  assert.ok(urls.size >= 25, `found only ${urls.size} links in source.txt`);
  const missing = [...urls].filter((url) => !all.includes(url));
  assert.deepEqual(missing, []);
});

test('the ten case studies and both FAQ entries are present', () => {
  for (const name of [
    'Paydirekt', 'Billy', 'Jet.com', 'Octopus Deploy', 'Paycasso',
    'Ticketfly', 'Yammer', 'OptioPay', 'Capital Match', 'Envato',
  ]) {
    assert.ok(slides.some((s) => (s.fields.get('title') ?? '').includes(name)), `no slide titled with ${name}`);
  }
  assert.ok(slides.some((s) => /CQRS vs CQS/.test(s.fields.get('title') ?? '')), 'FAQ CQRS vs CQS');
  assert.ok(slides.some((s) => /inconsistent/i.test(s.fields.get('title') ?? '')), 'FAQ data inconsistency');
  assert.match(all, /Bertrand Meyer/);
  assert.match(all, /Greg Young/);
  assert.match(all, /eventual(ly)? consisten/);
});

test('the Paydirekt quote is in German, with its gist in English on the slide and our full translation in the notes', () => {
  // The whole translation beside the German cannot be read from the back of a room at 36 px, so the
  // slide says the gist and the notes (shown by /read and the presenter window) carry every sentence.
  const quote = slides.find((s) => s.text.includes('auf Knopfdruck'));
  assert.ok(quote, 'German Paydirekt quote');
  assert.match(quote.text, /lang="de"/);
  const body = quote.text.slice(quote.text.indexOf('\n---', 3));
  assert.match(body, /In short:.*push of a button/);
  assert.match(quote.text, /notes: \|[\s\S]*full translation[\s\S]*rebuilt practically at the push of a button[\s\S]*banking supervision impose on credit institutions/);
});

test('text read off company web sites is never a bullet point', () => {
  const screenshotLines = [
    'Everyday low prices', 'Prices drop lower', 'Fast delivery to your door',
    'Loans funded to date', 'Halten Sie Ihr Team', 'Get a Business Loan',
    'Invest Your Money', 'Refer a SME',
  ];
  const bullets = all.split('\n').filter((line) => /^\s*[-*]\s/.test(line));
  for (const line of bullets) {
    for (const bad of screenshotLines) assert.ok(!line.includes(bad), `bullet shows site text: ${line}`);
    assert.notEqual(line.trim(), '- irekt');
    assert.notEqual(line.trim(), '- El');
  }
});

test('speaker notes are plain text, not a copy of the slide', () => {
  for (const s of slides) {
    const notes = s.fields.get('notes') ?? '';
    assert.ok(!/^\s*[-*#]\s/m.test(notes), `${s.file}: notes hold Markdown lists or headings`);
    const body = s.text.replace(/^---\n[\s\S]*?\n---\n/, '');
    const firstBullet = /^- (.{30,})$/m.exec(body)?.[1];
    if (firstBullet) assert.ok(!notes.includes(firstBullet), `${s.file}: notes repeat a bullet`);
  }
});

test('every company has one case-study slide with a fact card that names its source', () => {
  // The first slide of each company (a second slide, such as the Paydirekt quote, continues it).
  const cards = slides.filter((s) => /<FactCard\s/.test(s.text));
  const companies = cards.map((s) => /company="([^"]+)"/.exec(s.text)?.[1]);
  assert.deepEqual(companies, ['Paydirekt', 'Billy', 'Jet.com', 'Octopus Deploy', 'Paycasso', 'Ticketfly', 'Yammer', 'OptioPay', 'Capital Match', 'Envato']);
  for (const s of cards) {
    assert.match(s.text, /^section: Companies$/m, `${s.file}: a fact card sits in the Companies part`);
    assert.match(s.text, /built="[^"]+"/, `${s.file}: says what they built`);
    assert.match(s.text, /gave="[^"]+"/, `${s.file}: says what event sourcing gave them`);
    assert.match(s.text, /source=\{\{ title: '[^']+'/, `${s.file}: names its source`);
  }
});
