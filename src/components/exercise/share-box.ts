/**
 * "Use this exercise elsewhere": the page link and an iframe snippet, with
 * the trainer's options (hide the solution, theme), each copyable. Built
 * from the page's own origin so a copy works wherever the site is hosted.
 */
import { embedUrl, iframeSnippet, pageUrl, type EmbedTheme } from './embed-snippet.ts';

async function copy(text: string, field: HTMLInputElement | HTMLTextAreaElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No clipboard permission (http, an old browser): select it for Ctrl+C.
    field.focus();
    field.select();
    return false;
  }
}

export function wireShareBox(box: HTMLElement, id: string, title: string): void {
  const link = box.querySelector<HTMLInputElement>('[data-share="link"]');
  const snippet = box.querySelector<HTMLTextAreaElement>('[data-share="snippet"]');
  const hide = box.querySelector<HTMLInputElement>('[data-share="hide-solution"]');
  const theme = box.querySelector<HTMLSelectElement>('[data-share="theme"]');
  const preview = box.querySelector<HTMLAnchorElement>('[data-share="embed-link"]');
  const note = box.querySelector<HTMLElement>('[data-share="note"]');
  if (!link || !snippet || !hide || !theme || !preview || !note) return;
  const origin = window.location.origin;

  const update = (): void => {
    const chosen = theme.value;
    const options = {
      hideSolution: hide.checked,
      theme: (chosen === 'light' || chosen === 'dark' ? chosen : 'auto') as EmbedTheme,
    };
    link.value = pageUrl(origin, id);
    snippet.value = iframeSnippet(origin, id, title, options);
    preview.href = embedUrl(origin, id, options);
  };
  hide.addEventListener('change', update);
  theme.addEventListener('change', update);
  update();

  box.querySelectorAll<HTMLButtonElement>('button[data-copy]').forEach((button) => {
    button.addEventListener('click', async () => {
      const field = button.dataset.copy === 'link' ? link : snippet;
      const copied = await copy(field.value, field);
      note.textContent = copied ? `Copied the ${button.dataset.copy === 'link' ? 'link' : 'iframe snippet'}.` : 'Selected: press Ctrl+C (⌘C) to copy.';
    });
  });
}
