/**
 * Shows a runner error where the learner can act on it: the message in the
 * alert region, a marker in the editor it points at, and "Show in editor".
 */
import type { RunnerError } from '../../../playground/runner/protocol.ts';
import type { CodeEditor } from '../editor/code-editor.ts';
import { showError } from './messages.ts';

export function createErrorReporter(codeEditor: CodeEditor, eventsEditor: CodeEditor): (error: RunnerError) => void {
  return (error) => {
    if (error.kind === 'stale') return;
    const editor = error.kind === 'invalid-input' && error.line !== undefined ? 'events' : 'code';
    const target = editor === 'events' ? eventsEditor : codeEditor;
    if (error.line !== undefined) target.setMarkers([{ line: error.line, column: error.column ?? 1, message: error.message }]);
    showError(error, { editor }, () => {
      document.getElementById(editor === 'events' ? 'tab-events' : 'tab-code')?.click();
      target.reveal(error.line ?? 1, error.column ?? 1);
    });
  };
}
