/**
 * Event-type colours: one of the theme's ten event colours (--ev-0 … --ev-9 in
 * src/styles/theme.css) per type, picked by a stable hash of the type's name, so
 * the same type has the same colour in every view, on every page and in both
 * themes. The colours themselves live in the theme, chosen with the light and
 * dark backgrounds they sit on (each is AA as text on --bg and --surface), so a
 * view never computes a colour of its own.
 */
export const EVENT_COLOR_COUNT = 10;

/** Which of the theme's event colours a type gets: 0 … EVENT_COLOR_COUNT - 1. */
export function typeColorSlot(type: string): number {
  let hash = 2166136261;
  for (let i = 0; i < type.length; i += 1) {
    hash ^= type.charCodeAt(i);
    hash = Math.imul(hash, 16777619);
  }
  return (hash >>> 0) % EVENT_COLOR_COUNT;
}

/** A CSS colour for the type, to set as `--type-color` on the element that shows it. */
export function typeColor(type: string): string {
  return `var(--ev-${typeColorSlot(type)})`;
}
