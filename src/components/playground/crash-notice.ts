/**
 * What the page says when saved code did not finish running on the last visit
 * (the mark in crash-mark.ts was still there): the saved text is in the editor
 * but has not run, and the learner chooses to run it or open the original.
 */
import type { ExampleId } from '../../../playground/examples/catalog.ts';
import type { ChoiceNotice } from '../notices/choice-notice.ts';
import { clearRunning, wasRunning } from './crash-mark.ts';
import type { KeyValueStore } from './saved-edits.ts';
import { showStatus } from './messages.ts';

export interface CrashGuard {
  /** Runs the example, unless its saved code is marked as having crashed: then it asks first. */
  runOrAsk(fromSaved: boolean): Promise<void>;
}

export interface CrashGuardPort {
  exampleId(): ExampleId;
  runAll(): Promise<void>;
  openOriginal(): Promise<void>;
}

export function setupCrashGuard(page: CrashGuardPort, store: KeyValueStore | null, notice: ChoiceNotice): CrashGuard {
  return {
    async runOrAsk(fromSaved) {
      const id = page.exampleId();
      if (!fromSaved || !wasRunning(store, id)) {
        await page.runAll();
        return;
      }
      notice.show(
        'Your saved code for this example did not finish running on your last visit: the tab may have crashed or frozen. So it has not been run this time. It is in the editor as you left it.',
        [
          {
            label: 'Run my saved code',
            run: async () => {
              notice.hide();
              await page.runAll();
            },
          },
          {
            label: "Open the example's original code",
            run: async () => {
              notice.hide();
              clearRunning(store, id);
              await page.openOriginal();
              showStatus('The original code is running. Your saved code stays saved until you change something here.');
            },
          },
        ],
      );
    },
  };
}
