/**
 * Links and iframe snippets a trainer copies. Pure: the origin is passed in,
 * so the page uses wherever it is served from and tests need no browser.
 */

export type EmbedTheme = 'auto' | 'light' | 'dark';

export interface EmbedOptions {
  hideSolution: boolean;
  theme: EmbedTheme;
}

export const EMBED_HEIGHT = 600;

export function pageUrl(origin: string, id: string): string {
  return new URL(`/exercises/${encodeURIComponent(id)}`, origin).href;
}

export function embedUrl(origin: string, id: string, options: EmbedOptions): string {
  const url = new URL(`/embed/exercises/${encodeURIComponent(id)}`, origin);
  if (options.hideSolution) url.searchParams.set('solution', 'hidden');
  if (options.theme !== 'auto') url.searchParams.set('theme', options.theme);
  return url.href;
}

/** Text for an HTML attribute value in double quotes. */
function attribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function iframeSnippet(origin: string, id: string, title: string, options: EmbedOptions): string {
  return `<iframe src="${attribute(embedUrl(origin, id, options))}" title="${attribute(`Exercise: ${title}`)}" width="100%" height="${EMBED_HEIGHT}" style="border: 1px solid #c9d1da; border-radius: 8px" loading="lazy"></iframe>`;
}

/** The query options of an embed page; unknown values fall back to the defaults. */
export function readEmbedOptions(search: string): EmbedOptions {
  const params = new URLSearchParams(search);
  const theme = params.get('theme');
  return {
    hideSolution: params.get('solution') === 'hidden',
    theme: theme === 'light' || theme === 'dark' ? theme : 'auto',
  };
}
