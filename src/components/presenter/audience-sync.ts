/**
 * The audience side of presenter sync, loaded by the deck page. It reports
 * the deck's position (the deck dispatches `deck:change`) and applies the
 * presenter's intents one at a time through `deck:goto`, waiting for each
 * to land before the next, so a burst of presses is neither dropped nor
 * reordered. See sync-protocol.ts for the whole picture.
 */
import { createIntentSequencer } from './intent-sequencer.ts';
import { openChannel, readMessage, windowId, type Applied, type AudienceState, type SyncMessage } from './sync-protocol.ts';

const APPLIED_KEY = 'es-sync-applied';
/** An intent that moves nothing (Next on the last step) sends no change; stop waiting after this. */
const SETTLE_MS = 400;

function loadApplied(): Applied | null {
  try {
    const raw: unknown = JSON.parse(sessionStorage.getItem(APPLIED_KEY) ?? 'null');
    if (typeof raw === 'object' && raw !== null && 'presenter' in raw && 'id' in raw) {
      const { presenter, id } = raw as Record<string, unknown>;
      if (typeof presenter === 'string' && typeof id === 'number') return { presenter, id };
    }
  } catch {
    // Storage may be off; intents are then only deduplicated within this page.
  }
  return null;
}

export function startAudienceSync(): void {
  const channel = openChannel();
  if (!channel) return;
  /** This page: a "bye" from a page the presenter no longer follows is ignored. */
  let page = windowId();
  let state: AudienceState | null = null;
  const intents = createIntentSequencer(loadApplied());
  let hello = true;
  let waiting: ReturnType<typeof setTimeout> | null = null;
  let leaving = false;

  const post = (msg: SyncMessage) => channel.postMessage(msg);
  const report = () => {
    if (!state) return;
    post({ type: 'state', ...state, applied: intents.applied, hello, page });
    hello = false;
  };

  function pump(): void {
    if (leaving || !state) return;
    const intent = intents.take();
    if (!intent) return;
    try {
      sessionStorage.setItem(APPLIED_KEY, JSON.stringify(intents.applied));
    } catch {
      // see loadApplied
    }
    waiting = setTimeout(settle, SETTLE_MS);
    const detail =
      intent.action === 'goto'
        ? { slide: intent.slide, step: intent.step ?? 0 }
        : { action: intent.action };
    document.dispatchEvent(new CustomEvent('deck:goto', { detail }));
  }

  function settle(): void {
    if (waiting) clearTimeout(waiting);
    waiting = null;
    intents.landed();
    report();
    queueMicrotask(pump);
  }

  document.addEventListener('deck:change', (e) => {
    if (!(e instanceof CustomEvent)) return;
    const d = e.detail as AudienceState;
    state = { slide: d.slide, step: d.step, stepCount: d.stepCount, total: d.total, blackout: d.blackout };
    settle();
  });

  channel.addEventListener('message', (e: MessageEvent<unknown>) => {
    const msg = readMessage(e.data);
    if (msg?.type === 'where') report();
    else if (msg?.type === 'intent' && intents.offer(msg)) pump();
  });

  // A move to a slide with its own scripts is a real navigation: stop applying
  // (the new page reports what it applied and the presenter re-sends the rest).
  const nav = (window as { navigation?: EventTarget }).navigation;
  nav?.addEventListener('navigate', (e) => {
    const to = (e as Event & { destination?: { sameDocument?: boolean } }).destination;
    if (to?.sameDocument === false) leaving = true;
  });
  window.addEventListener('beforeunload', () => (leaving = true));
  window.addEventListener('pageshow', (e) => {
    if (e.persisted) {
      // Back from the back/forward cache: a new page as far as the presenter knows (it heard our bye).
      page = windowId();
      leaving = false;
      hello = true;
      report();
    }
  });
  window.addEventListener('pagehide', () => post({ type: 'bye', page }));
}
