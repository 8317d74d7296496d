/**
 * The talk in order, for the routes that show it (deck, reading view, print,
 * home page). Slide N is the N-th file of `slides/` by file name, from 1:
 * renaming a file is how a slide moves.
 */
import { getCollection, type CollectionEntry } from 'astro:content';

export type SlideLayout = CollectionEntry<'slides'>['data']['layout'];

export interface Slide {
  /** Position in the talk, from 1; the N in /slides/N. */
  n: number;
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

const orderKey = (e: CollectionEntry<'slides'>): string => e.filePath ?? e.id;

export async function getSlides(): Promise<Slide[]> {
  const entries = await getCollection('slides');
  // Plain code-unit order, so "02-x" < "10-y" exactly as the file list shows it.
  entries.sort((a, b) => (orderKey(a) < orderKey(b) ? -1 : orderKey(a) > orderKey(b) ? 1 : 0));
  return entries.map((entry, i) => ({
    n: i + 1,
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

/** The page title of slide n, the same on the static page and after an in-place swap. */
export function slidePageTitle(title: string, n: number, total: number): string {
  return `${title} — Event Sourcing (${n}/${total})`;
}
