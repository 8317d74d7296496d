/**
 * Build-time view of playground/exercises for the pages: statement (MDX),
 * start code as text, the sample stream, in catalog order. Runs only in
 * Astro's build; the solution is read here only for the static solution
 * file, never put into a page.
 */
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import { exerciseIds, levelOf, partOf, type ExerciseId, type ExercisePart } from '../../../playground/exercises/catalog.ts';
import { titleOf, type ExerciseCheck } from '../../../playground/exercises/kit.ts';

export interface StatementFrontmatter {
  title: string;
  caseStudy: string;
  source: string;
  summary: string;
  hints: string[];
}

export interface ExerciseEntry extends StatementFrontmatter {
  id: ExerciseId;
  number: number;
  level: ReturnType<typeof levelOf>;
  /** "the talk" (follows the slides) or "after the talk" (the chapters the talk has no time for). */
  part: ExercisePart;
  Statement: AstroComponentFactory;
  startCode: string;
  sample: unknown[];
  /** "Given ..., when ..., then ..." for each check, listed before the first run. */
  checkTitles: string[];
}

interface MdxModule {
  frontmatter: Record<string, unknown>;
  default: AstroComponentFactory;
}
interface ChecksModule {
  sample: unknown[];
  checks: ExerciseCheck[];
}

const statements = import.meta.glob<MdxModule>('../../../playground/exercises/*/statement.mdx', { eager: true });
const starts = import.meta.glob<string>('../../../playground/exercises/*/start.ts', { eager: true, query: '?raw', import: 'default' });
const checks = import.meta.glob<ChecksModule>('../../../playground/exercises/*/checks.ts', { eager: true });

const key = (id: string, file: string): string => `../../../playground/exercises/${id}/${file}`;

/** Fails the build with the file's name when a statement's frontmatter is incomplete. */
function frontmatterOf(id: string, raw: Record<string, unknown>): StatementFrontmatter {
  const text = (name: string): string => {
    const value = raw[name];
    if (typeof value !== 'string' || value.trim() === '') throw new Error(`${id}/statement.mdx: frontmatter "${name}" must be text`);
    return value;
  };
  const hints = raw.hints;
  if (!Array.isArray(hints) || hints.length === 0 || !hints.every((hint) => typeof hint === 'string')) {
    throw new Error(`${id}/statement.mdx: frontmatter "hints" must be a list of texts`);
  }
  return { title: text('title'), caseStudy: text('caseStudy'), source: text('source'), summary: text('summary'), hints };
}

export const exercises: ExerciseEntry[] = exerciseIds.map((id, index) => {
  const statement = statements[key(id, 'statement.mdx')];
  const startCode = starts[key(id, 'start.ts')];
  const checksModule = checks[key(id, 'checks.ts')];
  if (!statement || startCode === undefined || !checksModule) throw new Error(`Exercise ${id} is missing a file`);
  return {
    id,
    number: index + 1,
    level: levelOf(id),
    part: partOf(id),
    ...frontmatterOf(id, statement.frontmatter),
    Statement: statement.default,
    startCode,
    sample: checksModule.sample,
    checkTitles: checksModule.checks.map(titleOf),
  };
});

/** The learning path in its two parts, each in order, for the list and the reading view. */
export const exerciseParts: { part: ExercisePart; title: string; exercises: ExerciseEntry[] }[] = [
  { part: 'the talk', title: 'The talk', exercises: exercises.filter((exercise) => exercise.part === 'the talk') },
  { part: 'after the talk', title: 'After the talk', exercises: exercises.filter((exercise) => exercise.part === 'after the talk') },
];

export function exerciseById(id: string): ExerciseEntry | undefined {
  return exercises.find((exercise) => exercise.id === id);
}

/** What client scripts need about every exercise (list, workshop): no code, no checks. */
export interface ExerciseSummary {
  id: string;
  number: number;
  title: string;
  caseStudy: string;
  summary: string;
  level: string;
}

export const summaries: ExerciseSummary[] = exercises.map(({ id, number, title, caseStudy, summary, level }) => ({
  id,
  number,
  title,
  caseStudy,
  summary,
  level,
}));
