/**
 * Picks the editor for this device: Monaco where there is a fine pointer and
 * room, a textarea on phones. Monaco is a dynamic import, so pages and devices
 * that never need it never download it.
 */
import type { CodeEditor, EditorOptions } from './code-editor.ts';
import { createPlainEditor } from './plain-editor.ts';

export function prefersPlainEditor(): boolean {
  return window.matchMedia('(max-width: 699px), (pointer: coarse)').matches;
}

export async function loadEditor(host: HTMLElement, options: EditorOptions, plain = prefersPlainEditor()): Promise<CodeEditor> {
  if (plain) return createPlainEditor(host, options);
  try {
    const { createMonacoEditor } = await import('./monaco-editor.ts');
    host.replaceChildren();
    return createMonacoEditor(host, options);
  } catch {
    // A failed chunk download (offline, blocked) still leaves a working editor.
    return createPlainEditor(host, options);
  }
}
