/**
 * Monaco, self-hosted, with TypeScript only. This module is imported
 * dynamically by the playground page (and nowhere else), so no other page
 * downloads the editor. Its two workers come from the package through Vite's
 * `?worker`, so no CDN and no other language is bundled.
 *
 * TypeScript's language service (type errors, hovers, completions) is its
 * worker, 1.45 MB gzipped and 7 MB to parse: more than half of Monaco. A
 * visit that only moves the slider never uses it, so code is coloured by the
 * same grammar under another name until the editor is first focused; then
 * the service loads and the model becomes 'typescript' (same colours).
 */
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/features/register.all';
import { conf as tsConf, language as tsGrammar } from 'monaco-editor/languages/definitions/typescript/typescript';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import TsWorker from 'monaco-editor/language/typescript/ts.worker?worker';
import type { CodeEditor, EditorMarker, EditorOptions } from './code-editor.ts';
import { leaveEditor } from './focus-next.ts';

declare global {
  interface Window {
    MonacoEnvironment?: { getWorker(workerId: string, label: string): Worker };
  }
}

/** TypeScript's colours without its language service (see above). */
const UNTIL_FOCUS = 'typescript-until-focus';

let configured = false;

/** A theme token's colour as #rrggbb, for Monaco (which takes no CSS variables). */
function token(name: string, fallback: string): string {
  const value = getComputedStyle(document.documentElement).getPropertyValue(name).trim();
  return /^#[0-9a-f]{6}$/i.test(value) ? value : fallback;
}

function editorTheme(isDark: boolean): monaco.editor.IStandaloneThemeData {
  const bg = token('--code-bg', isDark ? '#0d1117' : '#ffffff');
  const fg = token('--fg', isDark ? '#ecebe6' : '#1c1d26');
  const muted = token('--muted', isDark ? '#a6aabb' : '#565a69');
  const accent = token('--accent', isDark ? '#a3abff' : '#3c3cc0');
  const focus = token('--focus', isDark ? '#ffb454' : '#c2410c');
  return {
    base: isDark ? 'vs-dark' : 'vs',
    inherit: true,
    // Monaco's dark comments (#6A9955) miss WCAG AA on its background: lighten them.
    rules: isDark ? [{ token: 'comment', foreground: '8FC27F' }] : [],
    colors: {
      'editor.background': bg,
      'editor.foreground': fg,
      'editorLineNumber.foreground': muted,
      'editorLineNumber.activeForeground': fg,
      'editorCursor.foreground': accent,
      'editor.selectionBackground': `${accent}40`,
      'focusBorder': focus,
    },
  };
}

function configure(): void {
  if (configured) return;
  configured = true;
  window.MonacoEnvironment = {
    getWorker: (_id, label) => (label === 'typescript' || label === 'javascript' ? new TsWorker() : new EditorWorker()),
  };
  monaco.languages.register({ id: UNTIL_FOCUS });
  monaco.languages.setMonarchTokensProvider(UNTIL_FOCUS, tsGrammar);
  monaco.languages.setLanguageConfiguration(UNTIL_FOCUS, tsConf);
  // Follow the site's theme: html[data-theme] when the visitor chose one, else the system.
  // The editor's own colours come from the theme's tokens (src/styles/theme.css), so it
  // sits on the page's code background with the page's focus and selection colours.
  const dark = window.matchMedia('(prefers-color-scheme: dark)');
  const apply = () => {
    const chosen = document.documentElement.dataset.theme;
    const isDark = chosen === 'dark' || (chosen !== 'light' && dark.matches);
    const name = isDark ? 'esi-dark' : 'esi-light';
    monaco.editor.defineTheme(name, editorTheme(isDark));
    monaco.editor.setTheme(name);
  };
  apply();
  dark.addEventListener('change', apply);
  new MutationObserver(apply).observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
}

let languageService: Promise<void> | undefined;

/** TypeScript's language service, loaded once, configured to resolve '#engine' to the engine's own types. */
function loadLanguageService(): Promise<void> {
  languageService ??= Promise.all([
    import('monaco-editor/languages/definitions/typescript/register'),
    import('monaco-editor/languages/features/typescript/register'),
    import('./engine-types.ts'),
  ]).then(([, { typescriptDefaults, ModuleKind, ModuleResolutionKind, ScriptTarget }, { ENGINE_ROOT, engineFiles }]) => {
    typescriptDefaults.setCompilerOptions({
      target: ScriptTarget.ES2020,
      module: ModuleKind.ESNext,
      moduleResolution: ModuleResolutionKind.NodeJs,
      strict: true,
      noEmit: true,
      allowImportingTsExtensions: true,
      allowNonTsExtensions: true,
      baseUrl: ENGINE_ROOT,
      paths: { '#engine': [`${ENGINE_ROOT}index.ts`] },
      lib: ['es2022'],
    });
    for (const file of engineFiles()) typescriptDefaults.addExtraLib(file.content, file.path);
  });
  return languageService;
}

let modelCount = 0;

export function createMonacoEditor(host: HTMLElement, options: EditorOptions): CodeEditor {
  configure();
  modelCount += 1;
  // The learner's module lives at a file:// URI beside the engine, so relative
  // resolution and '#engine' both work inside the TS worker.
  const uri = monaco.Uri.parse(options.language === 'typescript' ? `file:///example/domain${modelCount}.ts` : `file:///example/events${modelCount}.json`);
  // JSON is edited as plain text: bundling Monaco's JSON language would add a
  // second language service; the runner reports bad JSON with line and column.
  const model = monaco.editor.createModel(options.value, options.language === 'typescript' ? UNTIL_FOCUS : 'plaintext', uri);
  const editor = monaco.editor.create(host, {
    model,
    automaticLayout: true,
    minimap: { enabled: false },
    fontSize: 14,
    lineNumbersMinChars: 3,
    scrollBeyondLastLine: false,
    tabSize: 2,
    // Long lines wrap in both editors: an event's data is read whole, never cut at the edge.
    wordWrap: 'on',
    ariaLabel: options.label,
    accessibilitySupport: 'auto',
    fixedOverflowWidgets: true,
    renderValidationDecorations: 'on',
    // The gutter carries an error mark beside the line numbers (see setMarkers).
    glyphMargin: true,
  });
  const errorLines = editor.createDecorationsCollection();
  // Escape leaves the editor forward, to the next control (unless a widget such
  // as suggestions is open and Escape closes that). Ctrl+M, Monaco's own
  // toggle, makes Tab move focus.
  // Monaco registers commands for all editors at once, so with two editors on
  // a page one handler would answer Escape in both. A context key set only in
  // this editor's own scope makes the binding match here alone.
  const own = `esiEditor${modelCount}`;
  editor.createContextKey(own, true);
  editor.addCommand(
    monaco.KeyCode.Escape,
    () => leaveEditor(host),
    own + ' && !suggestWidgetVisible && !findWidgetVisible && !parameterHintsVisible && !renameInputVisible && !inSnippetMode && !editorHasMultipleSelections',
  );
  if (options.language === 'typescript') {
    const focused = editor.onDidFocusEditorText(() => {
      focused.dispose();
      void loadLanguageService().then(() => monaco.editor.setModelLanguage(model, 'typescript'));
    });
  }
  const listeners: (() => void)[] = [];
  let silent = false;
  model.onDidChangeContent(() => {
    if (!silent) listeners.forEach((listener) => listener());
  });

  return {
    getValue: () => model.getValue(),
    setValue(text) {
      if (text === model.getValue()) return;
      silent = true;
      // pushEditOperations keeps undo: a reset or command can be undone with Ctrl+Z.
      model.pushEditOperations([], [{ range: model.getFullModelRange(), text }], () => null);
      silent = false;
    },
    onChange(listener) {
      listeners.push(listener);
    },
    setMarkers(markers: readonly EditorMarker[]) {
      const placed = markers.map((marker) => {
        const line = Math.min(Math.max(1, marker.line), model.getLineCount());
        return { marker, line, end: model.getLineMaxColumn(line) };
      });
      // The squiggle and its hover (plain text: Monaco shows a marker's message as text).
      monaco.editor.setModelMarkers(
        model,
        'runner',
        placed.map(({ marker, line, end }) => ({
          severity: monaco.MarkerSeverity.Error,
          message: marker.message,
          startLineNumber: line,
          startColumn: Math.min(marker.column, end),
          endLineNumber: line,
          endColumn: end,
        })),
      );
      // The gutter mark and a tinted line, so the error is found at a glance.
      // Decorations follow the text as it is edited, until the next run replaces them.
      errorLines.set(
        placed.map(({ line }) => ({
          range: new monaco.Range(line, 1, line, 1),
          options: { isWholeLine: true, glyphMarginClassName: 'esi-error-glyph', className: 'esi-error-line', stickiness: monaco.editor.TrackedRangeStickiness.NeverGrowsWhenTypingAtEdges },
        })),
      );
    },
    setReadOnly(readOnly) {
      editor.updateOptions({ readOnly });
    },
    reveal(line, column) {
      editor.revealLineInCenter(line);
      editor.setPosition({ lineNumber: line, column });
      editor.focus();
    },
    layout() {
      editor.layout();
    },
  };
}
