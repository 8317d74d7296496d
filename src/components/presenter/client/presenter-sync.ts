/**
 * The presenter's side of sync. While an audience deck is open, the
 * presenter only *mirrors* it: keys become intents (with ids) that the
 * audience applies in order, and the preview follows the states it reports.
 * Intents not yet reported as applied are re-sent when a reloaded audience
 * page says hello, so a press made during a full navigation is not lost.
 * With no audience window (rehearsing alone) the presenter moves itself.
 */
import { openChannel, readMessage, windowId, type AudienceState, type Intent, type IntentAction, type SyncMessage } from '../sync-protocol.ts';
export type LinkStatus = 'looking' | 'connected' | 'alone';

export interface PresenterSyncOptions {
  initial: AudienceState;
  /** Steps of slide n (the presenter fetches slide pages for its previews anyway). */
  stepCountOf: (n: number) => Promise<number>;
  onState: (state: AudienceState) => void;
  onLink: (status: LinkStatus) => void;
  onMessage?: (msg: SyncMessage) => void;
}

export interface PresenterSync {
  intent(action: IntentAction, slide?: number, step?: number): void;
  post(msg: SyncMessage): void;
  readonly id: string;
}

/** No answer to "where" in this time: there is no audience window. */
const LOOK_MS = 700;
/** An audience that said bye and did not come back (a navigation takes far less): it closed. */
const GONE_MS = 3000;

export function createPresenterSync(options: PresenterSyncOptions): PresenterSync {
  const channel = openChannel();
  const id = windowId();
  let seq = 0;
  let unacked: Intent[] = [];
  let status: LinkStatus = 'looking';
  let local = options.initial;
  /** The presenter moved while alone, so a newly opened audience should come to it. */
  let drove = false;
  let goneTimer: ReturnType<typeof setTimeout> | undefined;
  /** The audience page whose states we follow; messages from different pages may arrive out of order. */
  let page = '';
  /** Pages that said bye: a state of theirs arriving late is stale. */
  const gone = new Set<string>();
  let chain = Promise.resolve();

  const post = (msg: SyncMessage) => channel?.postMessage(msg);
  const setStatus = (next: LinkStatus) => {
    if (next === status) return;
    status = next;
    options.onLink(next);
  };

  function goAlone(): void {
    setStatus('alone');
    const pending = unacked;
    unacked = [];
    for (const intent of pending) applyLocal(intent.action, intent.slide, intent.step);
  }

  function applyLocal(action: IntentAction, slide?: number, step?: number): void {
    drove = true;
    chain = chain.then(async () => {
      let { slide: n, step: k, stepCount, blackout } = local;
      const { total } = local;
      const enter = async (to: number, at: number | 'end') => {
        n = Math.max(1, Math.min(total, to));
        stepCount = await options.stepCountOf(n);
        k = at === 'end' ? stepCount : Math.max(0, Math.min(at, stepCount));
      };
      if (action === 'next') {
        if (k < stepCount) k += 1;
        else if (n < total) await enter(n + 1, 0);
      } else if (action === 'prev') {
        if (k > 0) k -= 1;
        else if (n > 1) await enter(n - 1, 'end');
      } else if (action === 'first') await enter(1, 0);
      else if (action === 'last') await enter(total, 'end');
      else if (action === 'goto') await enter(slide ?? n, step ?? 0);
      else if (action === 'blackout') blackout = !blackout;
      local = { slide: n, step: k, stepCount, total, blackout };
      options.onState(local);
    });
  }

  channel?.addEventListener('message', (e: MessageEvent<unknown>) => {
    const msg = readMessage(e.data);
    if (!msg) return;
    options.onMessage?.(msg);
    if (msg.type === 'bye') {
      // The page we follow is leaving; a late bye from a page already replaced means nothing.
      gone.add(msg.page);
      if (msg.page !== page) return;
      clearTimeout(goneTimer);
      goneTimer = setTimeout(goAlone, GONE_MS);
      return;
    }
    if (msg.type !== 'state' || gone.has(msg.page)) return;
    clearTimeout(goneTimer);
    page = msg.page;
    const wasAlone = status === 'alone' && drove;
    setStatus('connected');
    const { applied } = msg;
    if (applied?.presenter === id) unacked = unacked.filter((intent) => intent.id > applied.id);
    if (msg.hello) for (const intent of unacked) post(intent);
    const mine = local;
    local = { slide: msg.slide, step: msg.step, stepCount: msg.stepCount, total: msg.total, blackout: msg.blackout };
    options.onState(local);
    if (wasAlone) {
      // A new audience window joins the talk where the presenter is.
      drove = false;
      send('goto', mine.slide, mine.step);
    }
  });

  function send(action: IntentAction, slide?: number, step?: number): void {
    if (status === 'alone' || !channel) {
      applyLocal(action, slide, step);
      return;
    }
    seq += 1;
    const intent: Intent = { type: 'intent', presenter: id, id: seq, action, ...(slide !== undefined ? { slide } : {}), ...(step !== undefined ? { step } : {}) };
    unacked.push(intent);
    post(intent);
  }

  post({ type: 'where' });
  setTimeout(() => {
    if (status === 'looking') goAlone();
  }, LOOK_MS);
  void options.stepCountOf(local.slide).then((stepCount) => {
    if (status !== 'connected' && local.slide === options.initial.slide) {
      local = { ...local, stepCount };
      options.onState(local);
    }
  });

  return { intent: send, post, id };
}
