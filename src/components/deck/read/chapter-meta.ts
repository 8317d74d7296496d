/**
 * The "After the talk" chapters of the reading view: one MDX file each in
 * chapters/, tied to the exercise of the same topic. Pure checks of their
 * frontmatter, so a chapter without a source (or without saying what is
 * invented) fails the build with its file name.
 */
import { afterTalkExerciseIds, type ExerciseId } from '../../../../playground/exercises/catalog.ts';

export interface ChapterSource {
  title: string;
  author?: string;
  publisher?: string;
  /** As written: an ISO date or a year. */
  date?: string;
}

export interface ChapterMeta {
  title: string;
  exercise: ExerciseId;
  sources: ChapterSource[];
  /** What in the exercise is not from the sources. */
  invented: string;
}

const text = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

export function chapterMeta(file: string, raw: Record<string, unknown>): ChapterMeta {
  const fail = (what: string): never => {
    throw new Error(`${file}: frontmatter ${what}`);
  };
  const { title, exercise, sources, invented } = raw;
  if (!text(title)) fail('"title" must be text');
  if (!text(exercise) || !(afterTalkExerciseIds as readonly string[]).includes(exercise)) {
    fail(`"exercise" must be one of ${afterTalkExerciseIds.join(', ')}`);
  }
  if (!Array.isArray(sources) || sources.length === 0) fail('"sources" must list at least one source (title, author, publisher, date)');
  const list = (sources as unknown[]).map((source, i): ChapterSource => {
    if (typeof source !== 'object' || source === null) return fail(`"sources[${i}]" must be an object with a title`);
    const { title: sourceTitle, author, publisher, date } = source as Record<string, unknown>;
    if (!text(sourceTitle)) return fail(`"sources[${i}].title" must be text`);
    for (const [name, value] of Object.entries({ author, publisher, date })) {
      if (value !== undefined && !text(value)) fail(`"sources[${i}].${name}" must be text (quote dates: '2016-09-07')`);
    }
    return { title: sourceTitle, ...(text(author) && { author }), ...(text(publisher) && { publisher }), ...(text(date) && { date }) };
  });
  if (!text(invented)) fail('"invented" must say what is invented for the exercise (or "Nothing")');
  return { title: title as string, exercise: exercise as ExerciseId, sources: list, invented: invented as string };
}

/** "Title, Author, Publisher, 2016" */
export function sourceLine(source: ChapterSource): string {
  return [source.title, source.author, source.publisher, source.date].filter(Boolean).join(', ');
}
