/**
 * An editor the page can use before it exists. Monaco is megabytes; the
 * page's state, events and projections are not, and they must not wait for
 * it. Until the real editor arrives, this one holds the text (shown, read
 * only, in the editor's reserved box), the listeners, the markers and a
 * "go to error"; on arrival it hands them all over, so no caller knows the
 * difference and no edit, marker or listener is lost.
 */
import type { CodeEditor, EditorMarker, EditorOptions } from './code-editor.ts';

export interface LateEditor extends CodeEditor {
  /** Starts loading the real editor (once); the page calls it after its first paint. */
  start(): void;
  /** Resolves when the real editor is in the box and holds the text. */
  readonly arrived: Promise<void>;
}

export function createLateEditor(host: HTMLElement, options: EditorOptions, load: (host: HTMLElement, options: EditorOptions) => Promise<CodeEditor>): LateEditor {
  let value = options.value;
  let real: CodeEditor | null = null;
  let markers: readonly EditorMarker[] = [];
  let readOnly: boolean | null = null;
  let wantedReveal: [number, number] | null = null;
  const listeners: (() => void)[] = [];

  // The text, where the editor will be, in the box the stylesheet already sized for it.
  const preview = document.createElement('pre');
  preview.className = 'editor-preview';
  preview.textContent = value;
  host.replaceChildren(preview);
  host.setAttribute('aria-busy', 'true');

  let started = false;
  let arrive: () => void = () => undefined;
  const arrived = new Promise<void>((resolve) => {
    arrive = resolve;
  });

  return {
    start() {
      if (started) return;
      started = true;
      void load(host, { ...options, value }).then((editor) => {
        real = editor;
        host.removeAttribute('aria-busy');
        // The text may have changed while it loaded (a command, a reset): the real editor takes the latest.
        editor.setValue(value);
        editor.onChange(() => listeners.forEach((listener) => listener()));
        if (markers.length) editor.setMarkers(markers);
        if (readOnly !== null) editor.setReadOnly(readOnly);
        if (wantedReveal) editor.reveal(...wantedReveal);
        arrive();
      });
    },
    arrived,
    getValue: () => (real ? real.getValue() : value),
    setValue(text) {
      if (real) return real.setValue(text);
      value = text;
      preview.textContent = text;
    },
    onChange(listener) {
      listeners.push(listener);
    },
    setMarkers(next) {
      markers = next;
      real?.setMarkers(next);
    },
    setReadOnly(next) {
      readOnly = next;
      real?.setReadOnly(next);
    },
    reveal(line, column) {
      if (real) return real.reveal(line, column);
      wantedReveal = [line, column];
    },
    layout() {
      real?.layout();
    },
  };
}
