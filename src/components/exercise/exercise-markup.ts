/**
 * What the exercise page is given: the config the build writes as JSON
 * (ExerciseApp.astro) and the markup's named parts (`data-ex="..."`), found
 * here so a missing part fails loudly with its name.
 */
import type { FirstMoment } from '../first-paint/types.ts';
import type { FoldTargets } from './fold-view.ts';

export interface ExerciseConfig {
  id: string;
  title: string;
  startCode: string;
  sample: unknown[];
  checkTitles: string[];
  embed: boolean;
  /** The start code's fold of the sample, made by the build (null when the start code does not fold). */
  first: FirstMoment | null;
}

/** A named part of the exercise markup; a missing one is a build bug, said by name. */
export function part<T extends Element>(root: HTMLElement, name: string): T {
  const found = root.querySelector<T>(`[data-ex="${name}"]`);
  if (!found) throw new Error(`exercise page: missing [data-ex="${name}"]`);
  return found;
}

/** The parts "Your fold" draws into. */
export function foldTargetsIn(root: HTMLElement): FoldTargets {
  return {
    range: part<HTMLInputElement>(root, 'fold-range'),
    output: part<HTMLOutputElement>(root, 'fold-output'),
    events: part<HTMLOListElement>(root, 'fold-events'),
    tree: part<HTMLElement>(root, 'fold-tree'),
    diff: part<HTMLElement>(root, 'fold-diff'),
    note: part<HTMLElement>(root, 'fold-note'),
    projections: part<HTMLElement>(root, 'fold-projections'),
  };
}
