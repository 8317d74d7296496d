/**
 * Incremental reveal. A slide's steps, in document order, are every element
 * with data-step and every <li> of a list inside an element with class
 * "steps". Step K (0..count) means the first K steps are shown: 0 is the bare
 * slide, count is fully revealed. In the URL: /slides/N?step=K (absent = 0;
 * out-of-range or malformed values are clamped, never an error).
 */
export const STEP_SELECTOR = '[data-step], .steps li';

export function stepsOf(root: ParentNode): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(STEP_SELECTOR));
}

/** Shows the first k steps; hidden ones are styled away by deck.css. */
export function showSteps(steps: readonly HTMLElement[], k: number): void {
  steps.forEach((el, i) => el.toggleAttribute('data-revealed', i < k));
}

export function stepFromSearch(search: string, count: number): number {
  const raw = new URLSearchParams(search).get('step');
  if (raw === null) return 0;
  const k = Number.parseInt(raw, 10);
  if (!Number.isFinite(k) || k < 0) return 0;
  return Math.min(k, count);
}

export function slideUrl(n: number, step: number): string {
  return step > 0 ? `/slides/${n}?step=${step}` : `/slides/${n}`;
}

/** N from a /slides/N path, or null for any other path. */
export function slideFromPath(pathname: string): number | null {
  const m = /^\/slides\/(\d+)\/?$/.exec(pathname);
  return m ? Number(m[1]) : null;
}
