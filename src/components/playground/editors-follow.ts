/**
 * The editors as subscribers of the store: they show what the store says
 * when something other than typing changed the text (another example opened,
 * a command appended events, a generated stream replaced them). Typing goes
 * the other way (controller.ts dispatches 'edit' after the pause), so an edit
 * is never written back into the editor it came from.
 */
import type { CodeEditor } from '../editor/code-editor.ts';
import type { PageStore } from './store.ts';

export interface FollowingViews {
  codeEditor: Pick<CodeEditor, 'setValue'>;
  eventsEditor: Pick<CodeEditor, 'setValue' | 'setReadOnly'>;
  /** Says why the events editor is empty while a generated stream is loaded. */
  note: HTMLElement;
}

export function followStore(store: PageStore, views: FollowingViews, signal?: AbortSignal): void {
  store.subscribe((state, previous, action) => {
    if (action.type === 'open-example') {
      // Always, even when the text is the same: the editor may hold keystrokes the pause has not applied.
      views.codeEditor.setValue(state.code);
      views.eventsEditor.setValue(state.eventsText);
    } else if (action.type !== 'edit' && state.eventsText !== previous.eventsText) {
      views.eventsEditor.setValue(state.eventsText);
    }
    if (state.generated === previous.generated) return;
    views.eventsEditor.setReadOnly(state.generated);
    views.note.hidden = !state.generated;
    views.note.textContent = state.generated
      ? `A generated stream of ${state.events.length.toLocaleString('en')} bank-account events is loaded. It is too long to edit as text here; Reset brings back the example's own events.`
      : '';
  }, signal);
}
