/**
 * The page's controls that act on the whole example: the example picker,
 * Copy link, Reset, loading a generated long stream, snapshots and lag.
 */
import { MAX_SHARE_FRAGMENT_CHARS, SHARE_PREFIX, shareHash } from './share-link.ts';
import { pickExampleId } from './starting-point.ts';
import { showAlertText, showStatus } from './messages.ts';
import type { Playground } from './controller.ts';
import { formatEvents } from './events-text.ts';
import { wireEmmettDownload } from '../emmett-export/download-button.ts';

export function setupActions(page: Playground): void {
  const { state } = page;

  document.getElementById('pg-copy')?.addEventListener('click', async () => {
    const events = state.generated ? formatEvents(state.events) : state.eventsText;
    const hash = shareHash({ example: state.meta.id, code: state.code, events, position: state.position });
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
      () => ({
        kind: 'example',
        id: state.meta.id,
        code: state.code,
        eventsText: state.generated ? formatEvents(state.events) : state.eventsText,
      }),
      { status: showStatus, alert: showAlertText },
    );
  }

  document.getElementById('pg-reset')?.addEventListener('click', async () => {
    // Reset on a shared version resets what is on screen; the learner's own saved edits stay untouched.
    const shared = page.saver.isPaused('shared');
    history.replaceState(null, '', `${location.pathname}?example=${state.meta.id}`);
    await page.openExample(state.meta.id, 'original');
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
      const { generateLongStream } = await import('./long-stream.ts');
      const generated = await generateLongStream(page, count).finally(() => {
        for (const each of buttons) each.removeAttribute('aria-disabled');
      });
      if (!generated) return;
      const note = document.getElementById('pg-events-note');
      if (note) {
        note.hidden = false;
        note.textContent = `A generated stream of ${count.toLocaleString('en')} bank-account events is loaded. It is too long to edit as text here; Reset brings back the example's own events.`;
      }
      page.eventsEditor.setReadOnly(true);
      page.eventsEditor.setValue('');
      showStatus(`Loaded ${count.toLocaleString('en')} generated events.`);
    });
  }

  const snapshots = document.getElementById('pg-snapshot-every');
  if (snapshots instanceof HTMLSelectElement) {
    snapshots.addEventListener('change', () => {
      state.snapshotEvery = Number(snapshots.value);
      void page.refreshStream();
    });
  }
}

/** The example picker and the projections' lag slider. */
export function setupPickers(page: Playground): void {
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
      page.state.lag = Number(lag.value);
      lagOut.value = lag.value;
      void page.showMoment();
    });
  }
}
