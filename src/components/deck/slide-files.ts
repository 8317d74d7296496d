/**
 * How a slide file's name says where the slide goes and what it is called.
 *
 * `slides/06-redux.mdx`: the prefix `06` orders the talk, `redux` is the
 * slide's slug. The slug is what examples, demos and tests link to, so it
 * never changes when slides move; the number in `/slides/N` is only the
 * position. A slide between `12-billy.mdx` and `13-jet.mdx` is
 * `12a-new-case.mdx`: no other file is renamed or edited.
 *
 * Pure (no Astro import), so the content tests in Node read names the same way.
 */

/** `NN-slug.mdx` or `NNa-slug.mdx` (letters after the number go between NN and NN+1). */
export const SLIDE_FILE = /^(\d{2}[a-z]*)-([a-z0-9]+(?:-[a-z0-9]+)*)\.mdx$/;

/** A slug as examples write it in their `example.json` (`"slide": "redux"`). */
export const SLIDE_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The slug of a slide file (a path or a bare name); throws with the rule when the name breaks it. */
export function slideSlug(file: string): string {
  const name = file.slice(file.lastIndexOf('/') + 1);
  const match = SLIDE_FILE.exec(name);
  if (!match?.[2]) {
    throw new Error(`Slide file "${name}" should be named NN-slug.mdx (or NNa-slug.mdx to go between NN and the next), slug in lower case with dashes.`);
  }
  return match[2];
}

/**
 * Talk order: plain code-unit order of the file names, so `12-billy` < `12a-new`
 * < `13-jet`, exactly as a file list shows them.
 */
export function bySlideFile(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Throws when two files would share a slug (a link by slug must name one slide). */
export function assertUniqueSlugs(files: readonly string[]): void {
  const seen = new Map<string, string>();
  for (const file of files) {
    const slug = slideSlug(file);
    const other = seen.get(slug);
    if (other) throw new Error(`Slides "${other}" and "${file}" share the slug "${slug}": rename one of them.`);
    seen.set(slug, file);
  }
}
