/**
 * A trainer's plan: which exercises, in which order, with which embed
 * options. Kept in the URL hash so a plan can be bookmarked or sent to a
 * co-trainer; read defensively (unknown ids and odd values are dropped).
 */
import type { EmbedTheme } from './embed-snippet.ts';

export interface WorkshopPlan {
  title: string;
  ids: string[];
  hideSolution: boolean;
  theme: EmbedTheme;
}

export const DEFAULT_TITLE = 'Event sourcing workshop';

export function parsePlan(hash: string, knownIds: readonly string[]): WorkshopPlan {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const known = new Set(knownIds);
  const ids: string[] = [];
  for (const id of (params.get('ids') ?? '').split(',')) {
    if (known.has(id) && !ids.includes(id)) ids.push(id);
  }
  const theme = params.get('theme');
  const title = (params.get('title') ?? '').trim().slice(0, 120);
  return {
    title: title || DEFAULT_TITLE,
    ids,
    hideSolution: params.get('solution') === 'hidden',
    theme: theme === 'light' || theme === 'dark' ? theme : 'auto',
  };
}

export function planToHash(plan: WorkshopPlan): string {
  const params = new URLSearchParams();
  if (plan.ids.length > 0) params.set('ids', plan.ids.join(','));
  if (plan.title !== DEFAULT_TITLE) params.set('title', plan.title);
  if (plan.hideSolution) params.set('solution', 'hidden');
  if (plan.theme !== 'auto') params.set('theme', plan.theme);
  const text = params.toString();
  return text ? `#${text}` : '';
}

/** Moves the id at `index` by `delta` places (-1 up, +1 down); out of range does nothing. */
export function move(ids: readonly string[], index: number, delta: number): string[] {
  const target = index + delta;
  if (index < 0 || index >= ids.length || target < 0 || target >= ids.length) return [...ids];
  const next = [...ids];
  const [item] = next.splice(index, 1);
  if (item !== undefined) next.splice(target, 0, item);
  return next;
}
