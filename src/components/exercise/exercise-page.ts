/**
 * The exercise page's behaviour: editor, Check, hints, Show solution, Reset,
 * progress and (embedded) the solved message to the parent page. Learner
 * code runs only in the runner's worker; this file moves text and results.
 */
import { createRunner, type RestartInfo, type RunnerClient } from '../../../playground/runner/client.ts';
import type { RunnerError } from '../../../playground/runner/protocol.ts';
import type { CodeEditor } from '../editor/code-editor.ts';
import { loadEditor } from '../editor/load-editor.ts';
import { createLateEditor } from '../editor/late-editor.ts';
import { answerFoldFromBuild } from './first-fold.ts';
import { wireEmmettDownload } from '../emmett-export/download-button.ts';
import { readEmbedOptions } from './embed-snippet.ts';
import { createFoldView } from './fold-view.ts';
import { foldTargetsIn, part, type ExerciseConfig } from './exercise-markup.ts';
import { wireHints } from './hints.ts';
import {
  browserStorage,
  formatDay,
  markSolved,
  readCode,
  readProgress,
  readSolutionInEditor,
  saveCode as storeCode,
  saveSolutionInEditor,
} from './progress.ts';
import { watchExerciseTabs } from './other-tab.ts';
import { createChoiceNotice } from '../notices/choice-notice.ts';
import { createResultsView } from './results-view.ts';
import { describeError, markerFor } from './runner-errors.ts';
import { createLiveCheck } from './live-check.ts';

/** A runaway loop is stopped after this long; the editor keeps the text. */
const BUDGET_MS = 3_000;

export async function startExercisePage(root: HTMLElement, config: ExerciseConfig): Promise<void> {
  const store = browserStorage();
  const options = readEmbedOptions(window.location.search);
  const alert = part<HTMLElement>(root, 'alert');
  const status = part<HTMLElement>(root, 'status');
  const checkButton = part<HTMLButtonElement>(root, 'check');
  const solutionButton = part<HTMLButtonElement>(root, 'solution');
  const resetButton = part<HTMLButtonElement>(root, 'reset');
  const backButton = part<HTMLButtonElement>(root, 'back');
  const editorHost = part<HTMLElement>(root, 'editor');

  wireHints(part<HTMLElement>(root, 'hints'));

  // Read before the editor loads: unreadable progress must never hold up the page, only be mentioned.
  const { progress: savedProgress, corrupted: progressCorrupted } = readProgress(store);
  const progressNotice = progressCorrupted
    ? ' Your saved progress could not be read, so it is ignored. Solving an exercise starts a new record.'
    : '';
  if (progressCorrupted) status.textContent = `Loading the editor…${progressNotice}`;

  // Hidden by the trainer: the button never appears and nothing fetches the solution.
  const solutionAllowed = !(config.embed && options.hideSolution);
  solutionButton.hidden = !solutionAllowed;
  if (!solutionAllowed) solutionButton.remove();

  /**
   * Whether the message area shows why the code does not load. That is judged
   * again after every pause in typing and goes when it no longer holds; what a
   * Check found stays until the next Check judges the code again.
   */
  let showsLoadError = false;
  const showError = (error: RunnerError): void => {
    if (error.kind === 'stale') return;
    alert.textContent = describeError(error);
    showsLoadError = false;
  };
  const showLoadError = (error: RunnerError): void => {
    if (error.kind === 'stale') return;
    showError(error);
    editor?.setMarkers(markerFor(error));
    showsLoadError = true;
  };
  const clearError = (): void => {
    alert.textContent = '';
    showsLoadError = false;
  };

  const runner = createRunner({
    budgetMs: BUDGET_MS,
    onRestart: (info: RestartInfo) => {
      alert.textContent = `${info.message} Your code is still in the editor.`;
    },
  });

  let editor: CodeEditor | null = null;
  const results = createResultsView(part<HTMLElement>(root, 'results'), config.checkTitles, (line, column) => editor?.reveal(line, column));
  results.pending();
  const foldTargets = foldTargetsIn(root);
  const saved = readCode(store, config.id);
  const initial = saved ?? config.startCode;
  // The start code's fold is known from the build: shown at once, unless the learner's own code differs.
  const firstFold = config.first && (saved === null || saved === config.startCode)
    ? answerFoldFromBuild(runner, config.first, { code: config.startCode, sample: config.sample })
    : null;
  const fold = createFoldView(firstFold ?? runner, config.sample, foldTargets, showError);
  if (firstFold) void fold.show();

  // The editor arrives last (Monaco is megabytes); until then it holds the text in its reserved box.
  const lateEditor = createLateEditor(editorHost, {
    language: 'typescript',
    value: initial,
    label: `Your code for the exercise “${config.title}” (TypeScript)`,
  }, loadEditor);
  editor = lateEditor;
  const tabs = watchExerciseTabs({
    exerciseId: config.id,
    notice: createChoiceNotice(part<HTMLElement>(root, 'tab-note')),
    current: () => editor?.getValue() ?? initial,
    load: (code) => editor?.setValue(code ?? config.startCode),
    keep: () => {
      saveCode(store, config.id, editor?.getValue() ?? initial);
      status.textContent = 'Your code is saved. The other tab is told, and can load it.';
    },
  });
  /** Every save goes through here: none while another tab's change waits for an answer. */
  function saveCode(target: typeof store, id: string, code: string): void {
    if (!tabs.paused) storeCode(target, id, code);
  }
  /** A Check is running: it judges the code itself, so the live load waits. */
  let checking = false;
  let liveRunner: RunnerClient | undefined;
  const live = createLiveCheck({
    runner: () => (liveRunner ??= createRunner({ budgetMs: BUDGET_MS })),
    code: () => editor?.getValue() ?? initial,
    busy: () => checking,
    failed: showLoadError,
    loaded: () => {
      if (!showsLoadError) return;
      clearError();
      editor?.setMarkers([]);
    },
  });
  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  editor.onChange(() => {
    clearTimeout(saveTimer);
    saveTimer = setTimeout(() => saveCode(store, config.id, editor?.getValue() ?? initial), 300);
    live.edited();
  });

  /** Text replaced by Show solution or Reset, so the learner's own code is one click away. */
  let previous: string | null = null;
  /**
   * The solution was put in the editor and the learner has not gone back to
   * their own code or reset since: a pass now is the solution's, not theirs.
   */
  let solutionShown = readSolutionInEditor(store, config.id);
  const setSolutionShown = (shown: boolean): void => {
    solutionShown = shown;
    saveSolutionInEditor(store, config.id, shown);
  };
  /** Whether `previous` was the shown solution, so "Undo reset" cannot launder it. */
  let previousShown = false;
  const replaceCode = (text: string, backLabel: string): void => {
    if (!editor) return;
    const current = editor.getValue();
    if (current !== text) {
      previous = current;
      previousShown = solutionShown;
      backButton.textContent = backLabel;
      backButton.hidden = false;
    }
    editor.setValue(text);
    // Other code: nothing said about the code before holds for it.
    live.cancel();
    editor.setMarkers([]);
    clearError();
    saveCode(store, config.id, text);
  };

  backButton.addEventListener('click', () => {
    if (previous === null || !editor) return;
    const back = previous;
    previous = null;
    backButton.hidden = true;
    setSolutionShown(previousShown);
    editor.setValue(back);
    editor.setMarkers([]);
    clearError();
    live.edited();
    saveCode(store, config.id, back);
    status.textContent = 'Your code is back in the editor.';
  });

  resetButton.addEventListener('click', () => {
    replaceCode(config.startCode, 'Undo reset');
    setSolutionShown(false);
    results.pending();
    status.textContent = 'The editor holds the start code again.';
  });

  if (solutionAllowed) {
    solutionButton.addEventListener('click', async () => {
      solutionButton.disabled = true;
      try {
        const response = await fetch(`/exercises/${encodeURIComponent(config.id)}/solution.txt`);
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        replaceCode(await response.text(), 'Back to my code');
        setSolutionShown(true);
        status.textContent = 'The solution is in the editor. Press Check to see it pass.';
      } catch {
        alert.textContent = 'The solution could not be loaded. Check your connection and try again.';
      } finally {
        solutionButton.disabled = false;
      }
    });
  }

  checkButton.addEventListener('click', async () => {
    if (checking || !editor) return;
    checking = true;
    live.cancel();
    checkButton.setAttribute('aria-disabled', 'true');
    clearError();
    status.textContent = 'Checking…';
    const code = editor.getValue();
    saveCode(store, config.id, code);
    // The fold is the worker's from now on: it holds the learner's code.
    firstFold?.live();
    try {
      const loaded = await runner.load(code);
      if (!loaded.ok) {
        showLoadError(loaded.error);
        status.textContent = 'Your code did not run, so no check ran.';
        results.pending();
        fold.unavailable('Fix the error above to see your fold.');
        return;
      }
      const run = await runner.runExercise(config.id);
      if (!run.ok) {
        showError(run.error);
        status.textContent = run.error.kind === 'timeout' ? 'The checks were stopped.' : 'The checks could not run.';
        return;
      }
      results.render(run.checks);
      const thrown = run.checks.find((check) => check.error !== undefined)?.error;
      editor.setMarkers(thrown ? markerFor(thrown) : []);
      if (thrown) alert.textContent = describeError(thrown);
      const passed = run.checks.filter((check) => check.passed).length;
      if (run.passed && solutionShown) {
        // Recorded apart and not announced to a trainer's page: the learner did not solve it.
        markSolved(store, config.id, new Date(), 'solution-shown');
        status.textContent = `Solved with the solution shown: all ${run.checks.length} checks pass. Write it yourself (Reset, then Check) to count it as solved by you.`;
        const next = root.querySelector<HTMLElement>('[data-ex="next"]');
        if (next) next.hidden = false;
      } else if (run.passed) {
        markSolved(store, config.id);
        status.textContent = `Solved! All ${run.checks.length} checks pass.`;
        root.classList.add('is-solved');
        const next = root.querySelector<HTMLElement>('[data-ex="next"]');
        if (next) next.hidden = false;
        if (config.embed && window.parent !== window) {
          window.parent.postMessage({ source: 'event-sourcing-interactive', type: 'exercise-solved', id: config.id }, '*');
        }
      } else {
        status.textContent = `${passed} of ${run.checks.length} checks pass. The failed ones say what they expected.`;
      }
      await fold.show();
    } finally {
      checking = false;
      checkButton.removeAttribute('aria-disabled');
    }
  });

  const emmettButton = part<HTMLButtonElement>(root, 'emmett');
  wireEmmettDownload(
    emmettButton,
    () => ({ kind: 'exercise', id: config.id, title: config.title, code: editor?.getValue() ?? initial }),
    {
      status: (text) => {
        status.textContent = text;
      },
      alert: (text) => {
        alert.textContent = text;
      },
    },
  );

  // Enabled only now: a click before the handlers exist would be lost (the editor may still be on its way).
  checkButton.disabled = false;
  emmettButton.disabled = false;
  resetButton.disabled = false;
  solutionButton.disabled = false;
  const solvedAt = savedProgress.solved[config.id];
  const solvedDate = solvedAt === undefined ? null : new Date(solvedAt);
  const ready = solvedDate === null
    ? 'Ready. Edit the code, then press Check.'
    : Number.isNaN(solvedDate.getTime())
      ? 'You solved this one before. Edit the code, then press Check.'
      : `You solved this one before (${formatDay(solvedDate)}). Edit the code, then press Check.`;
  lateEditor.start();
  await lateEditor.arrived;
  // Unless a Check already spoke, say the editor is ready.
  if (status.textContent?.startsWith('Loading the editor')) status.textContent = ready + progressNotice;
}
