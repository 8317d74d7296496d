/**
 * What the playground needs from an editor, whichever one the device gets:
 * Monaco on desktops, a plain textarea on phones (Monaco does not support
 * mobile typing). The page only talks to this interface.
 */
export interface EditorMarker {
  /** 1-based, in the text of this editor. */
  line: number;
  column: number;
  message: string;
}

export type EditorLanguage = 'typescript' | 'json';

export interface CodeEditor {
  getValue(): string;
  /** Replaces the text without firing change listeners (programmatic updates are not edits). */
  setValue(text: string): void;
  onChange(listener: () => void): void;
  /** Markers from the runner (compile, runtime, invalid JSON); [] clears them. */
  setMarkers(markers: readonly EditorMarker[]): void;
  setReadOnly(readOnly: boolean): void;
  /** Puts the caret at a position and focuses, so "go to error" works. */
  reveal(line: number, column: number): void;
  layout(): void;
}

export interface EditorOptions {
  language: EditorLanguage;
  value: string;
  /** Accessible name of the editing surface. */
  label: string;
  // No "where Escape goes" option: both editors leave to the next control
  // after them (focus-next.ts), the one rule that cannot trap Tab users.
}
