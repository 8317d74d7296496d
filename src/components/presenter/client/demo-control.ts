/**
 * The presenter's handle on a live demo of the current slide: the same
 * position the audience sees (time travel, lag...), as a range input. It
 * learns about demos from their messages and moves them with the same
 * last-writer-wins rule the demos use.
 */
import { newer } from '../demo-sync.ts';
import type { DemoMessage, SyncMessage } from '../sync-protocol.ts';

export interface DemoControl {
  /** Every sync message passes by here. */
  take(msg: SyncMessage): void;
  /** The presenter is now on slide n. */
  setSlide(n: number): void;
}

export function createDemoControl(post: (msg: SyncMessage) => void, origin: string): DemoControl {
  const box = document.getElementById('pr-demo');
  const range = document.getElementById('pr-demo-range');
  const label = document.getElementById('pr-demo-label');
  const value = document.getElementById('pr-demo-value');
  const known = new Map<number, DemoMessage>();
  let slide = 0;
  if (!box || !(range instanceof HTMLInputElement) || !label || !value) return { take() {}, setSlide() {} };

  function paint(): void {
    const demo = known.get(slide);
    if (!box || !(range instanceof HTMLInputElement) || !label || !value) return;
    box.hidden = !demo;
    if (!demo) return;
    label.textContent = `Demo: ${demo.label}`;
    range.max = String(demo.max);
    range.value = String(demo.position);
    value.textContent = `${demo.position} / ${demo.max}`;
  }

  range.addEventListener('input', () => {
    const demo = known.get(slide);
    if (!demo) return;
    const next: DemoMessage = { ...demo, position: Number(range.value), clock: demo.clock + 1, origin };
    known.set(slide, next);
    post(next);
    paint();
  });

  return {
    take(msg) {
      if (msg.type === 'demo-where') {
        const demo = known.get(msg.slide);
        if (demo && demo.demo === msg.demo) post(demo);
        return;
      }
      if (msg.type !== 'demo') return;
      const have = known.get(msg.slide);
      if (have && have.demo === msg.demo && !newer(msg, have)) return;
      known.set(msg.slide, msg);
      if (msg.slide === slide) paint();
    },
    setSlide(n) {
      if (n !== slide) post({ type: 'demo-where', slide: n, demo: '*' });
      slide = n;
      paint();
    },
  };
}
