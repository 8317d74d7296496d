/**
 * Presses made before the deck script started. The deck page's first inline
 * script (deckEarlyKeysScript in components/security/inline-scripts.ts)
 * listens for next/previous from the moment the page begins to parse and
 * keeps them under this name on window; the deck takes them once, when it
 * starts, and the inline listener stops.
 */
export type EarlyPress = 'next' | 'prev';

/** The window property holding the inline listener's "stop and hand over" function. */
export const EARLY_PRESSES = '__deckEarlyPresses';

/** The presses queued before the deck started, in order; stops the early listener. Empty after the first call. */
export function takeEarlyPresses(): EarlyPress[] {
  const holder = window as unknown as Record<string, unknown>;
  const take = holder[EARLY_PRESSES];
  delete holder[EARLY_PRESSES];
  if (typeof take !== 'function') return [];
  const presses: unknown = take();
  return Array.isArray(presses) ? presses.filter((p): p is EarlyPress => p === 'next' || p === 'prev') : [];
}
