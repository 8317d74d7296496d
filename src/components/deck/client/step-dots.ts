/**
 * Says that more is coming: one dot per step of the current slide in the
 * bar (filled = shown), named "Step k of n" for screen readers, and a mark
 * on the canvas (data-steps-left, styled in deck.css) while some steps are
 * still hidden. Only attributes change on a step, and the dots are rebuilt
 * only when the count changes (a new slide), so this costs the key press
 * next to nothing.
 */
const dots = (): HTMLElement | null => document.getElementById('deck-steps');

export function showStepDots(shown: number, count: number): void {
  const host = dots();
  if (host) {
    if (host.childElementCount !== count) {
      host.replaceChildren(...Array.from({ length: count }, () => document.createElement('span')));
      host.hidden = count === 0;
    }
    host.setAttribute('aria-label', `Step ${shown} of ${count}`);
    Array.from(host.children).forEach((dot, i) => dot.toggleAttribute('data-shown', i < shown));
  }
  document.querySelector('#deck-stage > .deck-canvas')?.toggleAttribute('data-steps-left', shown < count);
}
