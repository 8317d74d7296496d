/**
 * Speaker notes are plain text: paragraphs separated by blank lines, with bare
 * URLs (and, leniently, Markdown links `[text](url)`) that become links when
 * the notes are shown as prose. Pure, so it runs at build time and in tests.
 */
export type NotePart = { text: string; href?: string };

// A URL ends before whitespace or a closing bracket, and never on sentence punctuation.
const LINK = /\[([^\]\n]+)\]\((https?:\/\/[^\s)]+)\)|(https?:\/\/[^\s<>()[\]]*[^\s<>()[\].,;:!?'"])/g;

export function noteParagraphs(notes: string): NotePart[][] {
  return notes
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.replace(/\s*\r?\n\s*/g, ' ').trim())
    .filter((p) => p.length > 0)
    .map(linkify);
}

export function linkify(text: string): NotePart[] {
  const parts: NotePart[] = [];
  let last = 0;
  for (const m of text.matchAll(LINK)) {
    const at = m.index ?? 0;
    if (at > last) parts.push({ text: text.slice(last, at) });
    if (m[1] !== undefined && m[2] !== undefined) parts.push({ text: m[1], href: m[2] });
    else parts.push({ text: m[0], href: m[0] });
    last = at + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}
