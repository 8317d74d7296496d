/**
 * /print?steps=1 (used by `npm run export -- --steps`): every slide becomes
 * one sheet per step, so a handout shows the talk as it unfolded. Hidden
 * steps keep their space (visibility), exactly as in the deck.
 */
import { stepsOf } from '../deck/client/steps.ts';

export function expandSteps(): void {
  if (new URLSearchParams(location.search).get('steps') !== '1') return;
  for (const sheet of Array.from(document.querySelectorAll<HTMLElement>('.print-sheet'))) {
    const count = stepsOf(sheet).length;
    if (count === 0) continue;
    const copies: HTMLElement[] = [];
    for (let k = 0; k <= count; k += 1) {
      const copy = sheet.cloneNode(true) as HTMLElement;
      stepsOf(copy).forEach((el, i) => {
        if (i >= k) el.style.visibility = 'hidden';
      });
      copy.dataset.step = String(k);
      copies.push(copy);
    }
    sheet.replaceWith(...copies);
  }
  const sheets = document.querySelectorAll('.print-sheet').length;
  const hint = document.querySelector('.print-hint');
  if (hint) hint.prepend(`${sheets} pages, one per step. `);
  document.documentElement.dataset.printSteps = 'ready';
}

expandSteps();
