/**
 * The talk in order, for the routes that show it (deck, reading view, print,
 * home page). Slide N is the N-th file of `slides/` by file name, from 1:
 * renaming a file is how a slide moves. Each slide also has a slug from its
 * file name (see slide-files.ts), which links use so that moving slides
 * breaks none of them.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { assertUniqueSlugs, bySlideFile, slideSlug } from './slide-files.ts';

export type SlideLayout = CollectionEntry<'slides'>['data']['layout'];

export interface Slide {
  /** Position in the talk, from 1; the N in /slides/N. */
  n: number;
  /** Stable name from the file name (`06-redux.mdx` -> `redux`): what links and tests use. */
  slug: string;
  title: string;
  section: string;
  layout: SlideLayout;
  notes: string;
  entry: CollectionEntry<'slides'>;
}

/** What the overview and tables of contents need: no content, no notes. */
export interface SlideOutline {
  n: number;
  title: string;
  section: string;
}

const fileOf = (e: CollectionEntry<'slides'>): string => e.filePath ?? `${e.id}.mdx`;

export async function getSlides(): Promise<Slide[]> {
  const entries = await getCollection('slides');
  entries.sort((a, b) => bySlideFile(fileOf(a), fileOf(b)));
  assertUniqueSlugs(entries.map(fileOf));
  return entries.map((entry, i) => ({
    n: i + 1,
    slug: slideSlug(fileOf(entry)),
    title: entry.data.title,
    section: entry.data.section,
    layout: entry.data.layout,
    notes: entry.data.notes,
    entry,
  }));
}

export function outline(slides: readonly Slide[]): SlideOutline[] {
  return slides.map(({ n, title, section }) => ({ n, title, section }));
}

/** Consecutive slides that share a section, for tables of contents. */
export function bySection<T extends SlideOutline>(slides: readonly T[]): { section: string; slides: T[] }[] {
  const groups: { section: string; slides: T[] }[] = [];
  for (const s of slides) {
    const last = groups.at(-1);
    if (last && last.section === s.section) last.slides.push(s);
    else groups.push({ section: s.section, slides: [s] });
  }
  return groups;
}

/** `/slides/N` of the slide with this slug; throws (so the build fails) when no slide has it. */
export function slideHref(slides: readonly Slide[], slug: string, from: string): string {
  const slide = slides.find((s) => s.slug === slug);
  if (!slide) throw new Error(`${from} links to the slide "${slug}", but no file in slides/ is named NN-${slug}.mdx.`);
  return `/slides/${slide.n}`;
}

/** The page title of slide n, the same on the static page and after an in-place swap. */
export function slidePageTitle(title: string, n: number, total: number): string {
  return `${title} — Event Sourcing (${n}/${total})`;
}
