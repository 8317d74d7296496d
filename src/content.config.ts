import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/**
 * The talk: one MDX file per slide under `slides/`, ordered by file name
 * (`01-title.mdx`, `02-disclaimer.mdx`, ...). The slide number in the URL is
 * its position in that order, so inserting a file renumbers the ones after it;
 * links use the slug from the file name instead (components/deck/slide-files.ts).
 */
const slides = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './slides' }),
  schema: z.object({
    title: z.string(),
    /** Talk section, shown in the overview and the reading view's table of contents. */
    section: z.string(),
    /** Speaker notes in Markdown: what to say, not a copy of the slide. */
    notes: z.string(),
    /** Layout variant of the slide canvas. */
    layout: z.enum(['title', 'default', 'section', 'quote']).default('default'),
    /**
     * What slides write instead of `layout`: Astro's MDX compiler treats a
     * `layout` frontmatter key as a layout component to import, so
     * `layout: quote` fails the build ("failed to resolve import quote").
     * It is copied into `data.layout` below, so readers keep using `layout`.
     */
    slideLayout: z.enum(['title', 'default', 'section', 'quote']).optional(),
  }).transform(({ slideLayout, ...data }) => ({ ...data, layout: slideLayout ?? data.layout })),
});

export const collections = { slides };
