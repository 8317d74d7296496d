/**
 * The exercise checks that are plain decider cases, with their titles: what
 * an exported project turns into DeciderSpecification tests. Pure.
 */
import { titleOf, type ExerciseCheck } from '../../../playground/exercises/kit.ts';
import type { TitledCase } from './project-texts.ts';

export function deciderCasesOf(checks: readonly ExerciseCheck[]): TitledCase[] {
  return checks.flatMap((check) => (check.spec ? [{ title: titleOf(check), spec: check.spec }] : []));
}
