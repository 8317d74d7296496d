/** Build-time list of the chapters in chapters/*.mdx, in file order, each checked and tied to its exercise. */
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import { exerciseById, type ExerciseEntry } from '../../exercise/exercises-data.ts';
import { chapterMeta, type ChapterMeta } from './chapter-meta.ts';

interface MdxModule {
  frontmatter: Record<string, unknown>;
  default: AstroComponentFactory;
}

export interface Chapter extends ChapterMeta {
  Content: AstroComponentFactory;
  exerciseEntry: ExerciseEntry;
}

const files = import.meta.glob<MdxModule>('../../../../chapters/*.mdx', { eager: true });

export const chapters: Chapter[] = Object.keys(files)
  .sort()
  .map((file) => {
    const module = files[file] as MdxModule;
    const meta = chapterMeta(file.slice(file.lastIndexOf('/') + 1), module.frontmatter);
    const exerciseEntry = exerciseById(meta.exercise);
    if (!exerciseEntry) throw new Error(`${file}: no exercise "${meta.exercise}"`);
    return { ...meta, Content: module.default, exerciseEntry };
  });
