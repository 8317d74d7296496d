/**
 * Two tabs on one exercise. When another tab saves different code for this
 * exercise, this tab stops saving (so neither overwrites the other unasked)
 * and asks: load the other tab's code, or keep this tab's (which then saves).
 */
import type { ChoiceNotice } from '../notices/choice-notice.ts';
import { watchStorageKey } from '../notices/storage-watch.ts';
import { codeKey } from './progress.ts';

export interface TabGuard {
  /** True while another tab's change waits for the learner's answer: nothing is saved meanwhile. */
  readonly paused: boolean;
}

export interface TabGuardOptions {
  exerciseId: string;
  notice: ChoiceNotice;
  /** The code in this tab's editor now. */
  current(): string;
  /** Puts the other tab's code (null: none saved, so the start code) in the editor. */
  load(code: string | null): void;
  /** Saves this tab's code (the learner chose it). */
  keep(): void;
}

export function watchExerciseTabs(options: TabGuardOptions): TabGuard {
  let paused = false;
  const settle = (): void => {
    paused = false;
    options.notice.hide();
  };
  watchStorageKey(() => codeKey(options.exerciseId), (theirs) => {
    if (theirs === options.current()) {
      if (paused) settle();
      return;
    }
    paused = true;
    options.notice.show(
      'This exercise was changed in another tab. Your code here stays in this tab, but is not saved until you choose which version to keep.',
      [
        {
          label: 'Load their code',
          run: () => {
            settle();
            options.load(theirs);
          },
        },
        {
          label: 'Keep mine',
          run: () => {
            settle();
            options.keep();
          },
        },
      ],
    );
  });
  return {
    get paused() {
      return paused;
    },
  };
}
