/**
 * Two tabs on one example. When another tab saves different edits for the
 * example shown here, this tab stops saving (its text may be older) and asks:
 * load the other tab's version, or keep this one (which then saves). Neither
 * tab's edits are lost: each stays in its own editor until the learner picks.
 */
import type { ExampleId } from '../../../playground/examples/catalog.ts';
import type { ChoiceNotice } from '../notices/choice-notice.ts';
import { watchStorageKey } from '../notices/storage-watch.ts';
import { showStatus } from './messages.ts';
import { parseSaved, savedKey } from './saved-edits.ts';
import type { Saver } from './saving.ts';

export interface OtherTabPort {
  exampleId(): ExampleId;
  saver: Pick<Saver, 'isPaused' | 'holdsMine' | 'pause' | 'resume'>;
  /** Opens the example's saved edits (the other tab's, now). */
  openSaved(): Promise<void>;
  save(): void;
}

export function watchOtherTabs(page: OtherTabPort, notice: ChoiceNotice): void {
  watchStorageKey(() => savedKey(page.exampleId()), (newValue) => {
    // A shared version saves nothing, so there is nothing to protect yet; Keep decides later.
    if (page.saver.isPaused('shared')) return;
    const theirs = parseSaved(newValue);
    if (theirs.kind !== 'corrupt' && page.saver.holdsMine(theirs.kind === 'ok' ? theirs.saved : null)) {
      // The same text (the other tab only moved in time, or both now agree): nothing to choose.
      if (page.saver.isPaused('other-tab')) {
        page.saver.resume('other-tab');
        notice.hide();
      }
      return;
    }
    page.saver.pause('other-tab');
    notice.show(
      'This example was changed in another tab. Your edits here stay in this tab, but are not saved until you choose which version to keep.',
      [
        { label: 'Load their version', run: () => page.openSaved() },
        {
          label: 'Keep mine',
          run: () => {
            page.saver.resume('other-tab');
            notice.hide();
            page.save();
            showStatus('Your version is saved. The other tab is told, and can load it.');
          },
        },
      ],
    );
  });
}
