/**
 * A share link opens as "a shared version": the learner's own saved edits of
 * that example stay untouched, and nothing done to the shared version is
 * saved, until the learner presses "Keep this version". Keeping can be
 * undone: "Undo" puts the earlier saved edits back exactly as they were.
 */
import type { ExampleId } from '../../../playground/examples/catalog.ts';
import type { ChoiceNotice } from '../notices/choice-notice.ts';
import type { Saver } from './saving.ts';
import { showStatus } from './messages.ts';
import { savedKey, type KeyValueStore } from './saved-edits.ts';
import { SHARE_PREFIX } from './share-link.ts';

export interface SharedVersion {
  /** Call once the shared text is on screen. */
  open(): void;
}

/** The saved edits exactly as stored (null: none), so Undo restores them byte for byte. */
function readRaw(store: KeyValueStore | null, exampleId: string): string | null {
  try {
    return store?.getItem(savedKey(exampleId)) ?? null;
  } catch {
    return null;
  }
}

function restoreRaw(store: KeyValueStore | null, exampleId: string, raw: string | null): boolean {
  try {
    if (raw === null) store?.removeItem(savedKey(exampleId));
    else store?.setItem(savedKey(exampleId), raw);
    return store !== null;
  } catch {
    return false;
  }
}

const leaveLink = (exampleId: string): void => history.replaceState(null, '', `${location.pathname}?example=${exampleId}`);

export interface SharedVersionPort {
  exampleId(): ExampleId;
  saver: Pick<Saver, 'pause' | 'resume'>;
  save(): void;
  openSaved(id: ExampleId): Promise<void>;
}

export function setupSharedVersion(page: SharedVersionPort, store: KeyValueStore | null, notice: ChoiceNotice): SharedVersion {
  const keep = (): void => {
    const exampleId = page.exampleId();
    const before = readRaw(store, exampleId);
    page.saver.resume('shared');
    page.save();
    // The link has done its job: a reload now opens the learner's own (kept) version.
    leaveLink(exampleId);
    const aside = before === null ? '' : ' Your earlier edits were put aside: Undo brings them back.';
    notice.show(`You kept the shared version: it is now your saved version of this example.${aside}`, [
      { label: 'Undo', run: () => undo(exampleId, before) },
    ]);
  };

  const undo = async (exampleId: ExampleId, before: string | null): Promise<void> => {
    if (!restoreRaw(store, exampleId, before)) {
      showStatus('Your earlier edits could not be restored: this browser does not let the page use its storage.');
      return;
    }
    await page.openSaved(exampleId);
    showStatus(before === null ? 'Undone: the example is back to its original code.' : 'Undone: your earlier edits are back.');
  };

  return {
    open() {
      page.saver.pause('shared');
      notice.show(
        'You are looking at a shared version of this example, from a link. Your own saved edits are untouched: nothing you change here is saved unless you keep this version.',
        [
          { label: 'Keep this version', run: keep },
          {
            label: 'Open my own version',
            run: () => {
              leaveLink(page.exampleId());
              return page.openSaved(page.exampleId());
            },
          },
        ],
      );
    },
  };
}

/**
 * A share link pasted into the address bar of an open playground changes only
 * the fragment, which reloads nothing: read it as a fresh visit would.
 */
export function reloadOnNewShareLink(): void {
  window.addEventListener('hashchange', () => {
    if (location.hash.startsWith(SHARE_PREFIX)) location.reload();
  });
}
