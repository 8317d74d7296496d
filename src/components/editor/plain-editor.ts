/**
 * The phone editor: a textarea. Phones type into it natively (Monaco cannot),
 * and everything else on the page works the same because it uses the
 * CodeEditor interface. A textarea cannot underline a line, so markers are
 * a one-line strip under the field that names the line ("Error on line 3,
 * column 5"); the page's message area beside it says what is wrong. The strip
 * is always there, so an error appearing never moves the page.
 */
import type { CodeEditor, EditorMarker, EditorOptions } from './code-editor.ts';
import { leaveEditor } from './focus-next.ts';

export function createPlainEditor(host: HTMLElement, options: EditorOptions): CodeEditor {
  const area = document.createElement('textarea');
  area.className = 'plain-editor';
  area.value = options.value;
  area.spellcheck = false;
  area.autocapitalize = 'off';
  area.setAttribute('autocorrect', 'off');
  area.setAttribute('aria-label', options.label);
  const markerList = document.createElement('ul');
  markerList.className = 'plain-markers';
  markerList.id = `${host.id || 'editor'}-markers`;
  host.classList.add('plain-editor-host');
  host.replaceChildren(area, markerList);
  const listeners: (() => void)[] = [];
  area.addEventListener('input', () => listeners.forEach((listener) => listener()));
  // Tab already leaves a textarea; Escape does too, as in the desktop editor,
  // so the same keys work on every device.
  area.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || event.isComposing) return;
    if (leaveEditor(host)) event.preventDefault();
  });

  function offsetOf(line: number, column: number): number {
    const lines = area.value.split('\n');
    let offset = 0;
    for (let i = 0; i < Math.min(line - 1, lines.length); i += 1) offset += lines[i].length + 1;
    return offset + Math.max(0, column - 1);
  }

  return {
    getValue: () => area.value,
    setValue(text) {
      area.value = text;
    },
    onChange(listener) {
      listeners.push(listener);
    },
    setMarkers(markers: readonly EditorMarker[]) {
      markerList.replaceChildren(
        ...markers.map((marker) => {
          const item = document.createElement('li');
          item.textContent = `Error on line ${marker.line}, column ${marker.column}`;
          return item;
        }),
      );
      if (markers.length > 0) {
        area.setAttribute('aria-invalid', 'true');
        area.setAttribute('aria-describedby', markerList.id);
      } else {
        area.removeAttribute('aria-invalid');
        area.removeAttribute('aria-describedby');
      }
    },
    setReadOnly(readOnly) {
      area.readOnly = readOnly;
    },
    reveal(line, column) {
      const offset = offsetOf(line, column);
      area.focus();
      area.setSelectionRange(offset, offset);
    },
    layout() {},
  };
}
