/**
 * Horizontal swipes on touch screens: left = next, right = previous. A swipe
 * must be mostly horizontal and long enough, so scrolling and taps are left
 * alone; two-finger gestures (pinch zoom) are never swipes.
 */
import { KEY_OWNERS } from './keys.ts';

const MIN_DISTANCE = 40;

export function onSwipe(area: HTMLElement, go: (dir: 'next' | 'prev') => void): void {
  let start: { x: number; y: number } | null = null;
  area.addEventListener(
    'touchstart',
    (e) => {
      const t = e.touches[0];
      const owned = e.target instanceof Element && e.target.closest(KEY_OWNERS);
      start = e.touches.length === 1 && t && !owned ? { x: t.clientX, y: t.clientY } : null;
    },
    { passive: true },
  );
  area.addEventListener(
    'touchend',
    (e) => {
      const t = e.changedTouches[0];
      if (!start || !t) return;
      const dx = t.clientX - start.x;
      const dy = t.clientY - start.y;
      start = null;
      if (Math.abs(dx) >= MIN_DISTANCE && Math.abs(dx) > Math.abs(dy) * 1.5) go(dx < 0 ? 'next' : 'prev');
    },
    { passive: true },
  );
  area.addEventListener('touchcancel', () => (start = null), { passive: true });
}
