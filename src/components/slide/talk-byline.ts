import type { TalkConfig } from '../../talk.config.ts';

/**
 * The title slide's byline: speaker and event, in that order, leaving out
 * what is not filled in. An empty list means the slide shows no byline at
 * all (no stray separator, no empty element).
 */
export function bylineParts(talk: Pick<TalkConfig, 'speaker' | 'event'>): string[] {
  return [talk.speaker, talk.event].map((part) => part.trim()).filter((part) => part !== '');
}
