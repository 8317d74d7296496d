/**
 * Build time only (imported by .astro frontmatter): the first moment of every
 * example and every exercise's start code, folded once per build in a child
 * process (scripts/fold-at-build.ts; the session's SES lockdown stays out of
 * the build's own process). Pages embed the moments they may open with, so
 * their events, state and projections paint with the HTML's first script,
 * not after the worker (and never after the editor).
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { exampleIds, type ExampleId } from '../../../playground/examples/catalog.ts';
import { exercises } from '../exercise/exercises-data.ts';
import type { FirstMoment, FoldJob } from './types.ts';

const codes = import.meta.glob<string>('../../../playground/examples/*/domain.ts', { eager: true, query: '?raw', import: 'default' });
const streams = import.meta.glob<string>('../../../playground/examples/*/events.json', { eager: true, query: '?raw', import: 'default' });
const metas = import.meta.glob<{ chart?: { path?: unknown } | null }>('../../../playground/examples/*/example.json', { eager: true, import: 'default' });

/** The page's first snapshot setting (page-actions.ts opens with 100): snapshots change eventsRead. */
const PLAYGROUND_SNAPSHOT_EVERY = 100;

export const exampleKey = (id: string): string => `example:${id}`;
export const exerciseKey = (id: string): string => `exercise:${id}`;

function jobs(): FoldJob[] {
  const file = (id: string, name: string): string => `../../../playground/examples/${id}/${name}`;
  const examples = exampleIds.map((id): FoldJob => {
    const path = metas[file(id, 'example.json')]?.chart?.path;
    return {
      key: exampleKey(id),
      code: codes[file(id, 'domain.ts')] ?? '',
      events: streams[file(id, 'events.json')] ?? '[]',
      snapshotEvery: PLAYGROUND_SNAPSHOT_EVERY,
      chartPath: typeof path === 'string' ? path : null,
    };
  });
  // The exercise page folds its sample with setEvents' defaults (fold-view.ts).
  const starts = exercises.map((exercise): FoldJob => ({ key: exerciseKey(exercise.id), code: exercise.startCode, events: exercise.sample, chartPath: null }));
  return [...examples, ...starts];
}

let folded: Record<string, FirstMoment | null> | undefined;

function foldAll(): Record<string, FirstMoment | null> {
  // The build runs from the project's root (npm run build); the bundled module has no source path.
  const script = resolve(process.cwd(), 'scripts/fold-at-build.ts');
  const run = spawnSync(process.execPath, [script], { input: JSON.stringify(jobs()), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) {
    // The pages still work (they paint when the worker answers); say why the first paint is late.
    console.warn(`fold-at-build failed (status ${String(run.status)}): ${run.stderr || String(run.error)}`);
    return {};
  }
  return JSON.parse(run.stdout) as Record<string, FirstMoment | null>;
}

export function firstMomentOf(key: string): FirstMoment | null {
  folded ??= foldAll();
  return folded[key] ?? null;
}

export function firstMomentOfExample(id: ExampleId): FirstMoment | null {
  return firstMomentOf(exampleKey(id));
}

/** Embedded in a page as JSON: "<" escaped so no text in it can close the script element. */
export function asScriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
