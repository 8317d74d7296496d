/**
 * A live demo's position, shared by every window showing the talk (audience,
 * presenter, a second screen). Last writer wins by a Lamport clock, ties
 * broken by window id, so two people dragging at once still end up showing
 * the same thing in every window.
 */
import { openChannel, readMessage, windowId, type DemoMessage } from './sync-protocol.ts';

export interface DemoSync {
  /** The user moved the demo here: tell the other windows. */
  set(position: number, max: number): void;
  /** Say what the demo shows without claiming it (a demo that just started): any real move wins. */
  announce(position: number, max: number): void;
  close(): void;
}

export interface DemoSyncOptions {
  slide: number;
  demo: string;
  label: string;
  /** Another window moved the demo: show this position (do not call set). */
  onRemote: (position: number) => void;
}

/** True when (a.clock, a.origin) comes after (b.clock, b.origin). */
export const newer = (a: { clock: number; origin: string }, b: { clock: number; origin: string }): boolean =>
  a.clock > b.clock || (a.clock === b.clock && a.origin > b.origin);

export function joinDemoSync(options: DemoSyncOptions): DemoSync {
  const channel = openChannel();
  const origin = windowId();
  let last: DemoMessage | null = null;
  /** What this demo shows now, for windows that ask (a presenter opened later). */
  let shown: { position: number; max: number } | null = null;
  const { slide, demo, label } = options;

  channel?.addEventListener('message', (e: MessageEvent<unknown>) => {
    const msg = readMessage(e.data);
    // "*": a presenter asking whatever demo the slide has.
    if (!msg || !('demo' in msg) || msg.slide !== slide || (msg.demo !== demo && msg.demo !== '*')) return;
    if (msg.type === 'demo-where') {
      if (last) channel.postMessage(last);
      else if (shown) channel.postMessage({ type: 'demo', slide, demo, label, ...shown, clock: 0, origin: '' });
      return;
    }
    if (msg.demo !== demo || (last && !newer(msg, last))) return;
    last = msg;
    shown = { position: msg.position, max: msg.max };
    options.onRemote(msg.position);
  });
  // A demo that starts late (after a navigation) asks where the others are.
  channel?.postMessage({ type: 'demo-where', slide, demo });

  return {
    set(position, max) {
      shown = { position, max };
      last = { type: 'demo', slide, demo, label, position, max, clock: (last?.clock ?? 0) + 1, origin };
      channel?.postMessage(last);
    },
    announce(position, max) {
      shown = { position, max };
      channel?.postMessage({ type: 'demo', slide, demo, label, position, max, clock: last?.clock ?? 0, origin: last?.origin ?? '' });
    },
    close: () => channel?.close(),
  };
}
