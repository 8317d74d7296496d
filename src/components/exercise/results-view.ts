/**
 * The check results: one item per check, passed or failed, and for a failed
 * one what was expected, what came out and the difference, all as text
 * (textContent only: values come from the learner's code).
 */
import type { CheckOutcome } from '../../../playground/runner/protocol.ts';

export interface ResultsView {
  /** Lists the checks by title, not run yet. */
  pending(): void;
  render(outcomes: readonly CheckOutcome[]): void;
}

/** Results arrive as text from the exercise runner; anything else is shown as JSON. */
function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value, null, 2) ?? String(value);
  } catch {
    return String(value);
  }
}

function block(label: string, text: string, className: string): HTMLElement {
  const box = document.createElement('div');
  const heading = document.createElement('p');
  heading.className = 'ex-label';
  heading.textContent = label;
  const pre = document.createElement('pre');
  pre.className = className;
  pre.textContent = text;
  box.append(heading, pre);
  return box;
}

function titleLine(title: string, state: 'pass' | 'fail' | 'pending'): HTMLElement {
  const line = document.createElement('p');
  line.className = 'ex-check-title';
  const mark = document.createElement('span');
  mark.className = 'ex-mark';
  mark.setAttribute('aria-hidden', 'true');
  mark.textContent = state === 'pass' ? '✓' : state === 'fail' ? '✗' : '•';
  const word = document.createElement('strong');
  word.className = 'ex-verdict';
  word.textContent = state === 'pass' ? 'Passed' : state === 'fail' ? 'Failed' : 'Not run yet';
  line.append(mark, word, document.createTextNode(`: ${title}`));
  return line;
}

export function createResultsView(list: HTMLElement, titles: readonly string[], onGoTo: (line: number, column: number) => void): ResultsView {
  return {
    pending() {
      list.replaceChildren(
        ...titles.map((title) => {
          const item = document.createElement('li');
          item.className = 'ex-check is-pending';
          item.append(titleLine(title, 'pending'));
          return item;
        }),
      );
    },
    render(outcomes) {
      list.replaceChildren(
        ...outcomes.map((outcome) => {
          const item = document.createElement('li');
          item.className = `ex-check ${outcome.passed ? 'is-pass' : 'is-fail'}`;
          item.append(titleLine(outcome.title, outcome.passed ? 'pass' : 'fail'));
          if (outcome.passed) return item;
          // The difference first: it names the field to fix; the two values follow side by side.
          const details = document.createElement('div');
          details.className = 'ex-check-details';
          if (outcome.difference) details.append(block('Difference', outcome.difference, 'ex-difference'));
          const compare = document.createElement('div');
          compare.className = 'ex-compare';
          compare.append(block('Expected', asText(outcome.expected), 'ex-expected'), block('Got', asText(outcome.actual), 'ex-actual'));
          details.append(compare);
          item.append(details);
          const { error } = outcome;
          if (error?.line !== undefined) {
            const go = document.createElement('button');
            go.type = 'button';
            go.className = 'button ex-goto';
            go.textContent = `Go to line ${error.line}`;
            go.addEventListener('click', () => onGoTo(error.line ?? 1, error.column ?? 1));
            item.append(go);
          }
          return item;
        }),
      );
    },
  };
}
