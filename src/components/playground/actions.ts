/**
 * The page's controls that act on the whole example: the example picker,
 * Copy link, Reset, loading a generated long stream, snapshots and lag.
 */
import type { ExampleId, ExampleMeta } from '../../../playground/examples/catalog.ts';
import { MAX_SHARE_FRAGMENT_CHARS, SHARE_PREFIX, shareHash } from './share-link.ts';
import { pickExampleId } from './starting-point.ts';
import { showAlertText, showStatus } from './messages.ts';
import { wireEmmettDownload } from '../emmett-export/download-button.ts';
import type { PageState } from './page-state.ts';
import type { ExampleSource } from './example-source.ts';

/** What the whole-example controls need of the page. */
export interface ActionsPort {
  readonly state: PageState;
  /**
   * The code and events as the editors show them now: an edit reaches the
   * store only after the editor's pause, and a link or a download made within
   * it must not leave the last keystrokes out.
   */
  onScreen(): { code: string; events: string };
  /** A shared version is open (shared-version.ts): Reset leaves the learner's saved edits alone. */
  isSharedOpen(): boolean;
  openExample(id: ExampleId, source: ExampleSource): Promise<void>;
  save(): void;
  /** Generates `count` events and runs them; false when it did not happen. */
  loadGeneratedStream(count: number): Promise<boolean>;
  setSnapshotEvery(every: number): void;
}

export function setupActions(page: ActionsPort): void {
  const onScreen = (): { code: string; events: string } => page.onScreen();

  document.getElementById('pg-copy')?.addEventListener('click', async () => {
    const { code, events } = onScreen();
    const { meta, position } = page.state;
    const hash = shareHash({ example: meta.id, code, events, position });
    const url = `${location.origin}${location.pathname}${hash}`;
    // A link the page itself would refuse to open (share-link.ts) is not made at all.
    if (hash.length - SHARE_PREFIX.length > MAX_SHARE_FRAGMENT_CHARS) {
      showStatus(`This playground is too large to share as a link (${Math.round(hash.length / 1000).toLocaleString('en')} KB; links hold up to 1,000 KB). Share a shorter stream.`);
      return;
    }
    history.replaceState(null, '', url);
    try {
      await navigator.clipboard.writeText(url);
      showStatus('Link copied. It holds your code, events and time-travel position.');
    } catch {
      showStatus('The address bar now holds the share link: copy it from there.');
    }
  });

  const emmett = document.getElementById('pg-emmett');
  if (emmett instanceof HTMLButtonElement) {
    wireEmmettDownload(
      emmett,
      () => {
        const { code, events } = onScreen();
        return { kind: 'example', id: page.state.meta.id, code, eventsText: events };
      },
      { status: showStatus, alert: showAlertText },
    );
  }

  document.getElementById('pg-reset')?.addEventListener('click', async () => {
    // Reset on a shared version resets what is on screen; the learner's own saved edits stay untouched.
    const shared = page.isSharedOpen();
    const id = page.state.meta.id;
    history.replaceState(null, '', `${location.pathname}?example=${id}`);
    await page.openExample(id, 'original');
    if (!shared) page.save();
    showStatus(`Reset: the original code and events of this example are back.${shared ? ' Your own saved edits are untouched.' : ''}`);
  });

  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-count]')) {
    button.addEventListener('click', async () => {
      const count = Number(button.dataset.count);
      // Generating, copying to the worker and folding 100,000 events takes a second or two: say so,
      // and ignore a second press meanwhile (aria-disabled, not disabled, so keyboard focus stays put).
      if (button.getAttribute('aria-disabled') === 'true') return;
      const buttons = [...document.querySelectorAll<HTMLButtonElement>('[data-count]')];
      for (const each of buttons) each.setAttribute('aria-disabled', 'true');
      showStatus(`Generating and loading ${count.toLocaleString('en')} events…`);
      const generated = await page.loadGeneratedStream(count).finally(() => {
        for (const each of buttons) each.removeAttribute('aria-disabled');
      });
      if (!generated) return;
      showStatus(`Loaded ${count.toLocaleString('en')} generated events.`);
    });
  }

  const snapshots = document.getElementById('pg-snapshot-every');
  if (snapshots instanceof HTMLSelectElement) {
    snapshots.addEventListener('change', () => {
      page.setSnapshotEvery(Number(snapshots.value));
    });
  }
}

export interface PickersPort {
  metas: ReadonlyMap<ExampleId, ExampleMeta>;
  openExample(id: ExampleId, source: ExampleSource): Promise<void>;
  setLag(lag: number): void;
}

/** The example picker and the projections' lag slider. */
export function setupPickers(page: PickersPort): void {
  const select = document.getElementById('pg-example');
  if (select instanceof HTMLSelectElement) {
    select.addEventListener('change', () => {
      const next = pickExampleId(select.value, page.metas);
      history.replaceState(null, '', `${location.pathname}?example=${next}`);
      showStatus('');
      void page.openExample(next, 'saved');
    });
  }
  const lag = document.getElementById('pg-lag');
  const lagOut = document.getElementById('pg-lag-out');
  if (lag instanceof HTMLInputElement && lagOut instanceof HTMLOutputElement) {
    lag.addEventListener('input', () => {
      lagOut.value = lag.value;
      page.setLag(Number(lag.value));
    });
  }
}
