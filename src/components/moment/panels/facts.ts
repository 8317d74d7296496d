/**
 * A demo's words about the moment as large label–value pairs. A value that
 * differs from the one shown before is marked "changed" in words and with a
 * thick edge, not by colour alone; a fact with a tone says "good" or
 * "problem" the same way.
 */
import type { Fact } from '../moment.ts';
import type { PanelFactory } from '../panel.ts';

export const TONE_WORD = { good: 'ok', bad: 'problem' } as const;

export const factsPanel: PanelFactory = (host) => {
  // The build drew the resting moment: its values are the "before" of the first live draw.
  let before = new Map<string, string>(
    Array.from(host.querySelectorAll<HTMLElement>('.fact')).map((row) => [row.dataset.label ?? '', row.querySelector('dd .fact-value')?.textContent ?? '']),
  );
  // Its own <dl>: the host may be a named region, and a region is no description list.
  const list = host.querySelector('dl') ?? host.appendChild(document.createElement('dl'));
  list.classList.add('facts');
  return {
    draw({ facts }) {
      if (!facts) return;
      const now = new Map<string, string>();
      list.replaceChildren(...facts.map((fact: Fact) => {
        now.set(fact.label, fact.value);
        const changed = before.has(fact.label) ? before.get(fact.label) !== fact.value : before.size > 0;
        const row = document.createElement('div');
        row.className = 'fact';
        row.dataset.label = fact.label;
        if (fact.tone) row.classList.add(`is-${fact.tone}`);
        row.classList.toggle('is-changed', changed);
        const dt = document.createElement('dt');
        dt.textContent = fact.label;
        const dd = document.createElement('dd');
        const value = document.createElement('span');
        value.className = 'fact-value';
        value.textContent = fact.value;
        dd.append(value);
        const marks = [...(changed ? ['changed'] : []), ...(fact.tone ? [TONE_WORD[fact.tone]] : [])];
        for (const word of marks) {
          const mark = document.createElement('span');
          mark.className = `fact-mark is-${word}`;
          mark.textContent = word;
          dd.append(' ', mark);
        }
        row.append(dt, dd);
        return row;
      }));
      before = now;
    },
  };
};
