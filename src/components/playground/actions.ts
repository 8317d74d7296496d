/**
 * The page's buttons that act on the whole example: Copy link, Reset, and
 * loading a generated long stream.
 */
import { shareHash } from './share-link.ts';
import { showAlertText, showStatus } from './messages.ts';
import type { Playground } from './controller.ts';
import { formatEvents } from './events-text.ts';
import { wireEmmettDownload } from '../emmett-export/download-button.ts';

/** Longer links than this are refused by some browsers and chat tools. */
const MAX_LINK_CHARS = 1_500_000;

export function setupActions(page: Playground): void {
  const { state } = page;

  document.getElementById('pg-copy')?.addEventListener('click', async () => {
    const events = state.generated ? formatEvents(state.events) : state.eventsText;
    const hash = shareHash({ example: state.meta.id, code: state.code, events, position: state.position });
    const url = `${location.origin}${location.pathname}${hash}`;
    if (url.length > MAX_LINK_CHARS) {
      showStatus(`This playground is too large to share as a link (${Math.round(url.length / 1024)} KB). Share a shorter stream.`);
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
    history.replaceState(null, '', `${location.pathname}?example=${state.meta.id}`);
    await page.openExample(state.meta.id, 'original');
    page.save();
    showStatus('Reset: the original code and events of this example are back.');
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
