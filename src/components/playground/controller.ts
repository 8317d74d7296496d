/**
 * The playground page's composition root: picks the example (share link,
 * saved edits or the original), makes the one store (store.ts), and hands each
 * feature a narrow port, only what it uses; no feature imports this file.
 * Learner code only ever runs in the runner's worker (run-flow.ts talks to it).
 * What may be saved, and when, is saving.ts's call; a share link opens as a
 * shared version (shared-version.ts); another tab's edits (other-tab.ts) and
 * code that crashed the last visit (crash-notice.ts) are asked about, not run over.
 */
import type { ExampleId } from '../../../playground/examples/catalog.ts';
import type { Message } from '../../../playground/runner/protocol.ts';
import { loadEditor, prefersPlainEditor } from '../editor/load-editor.ts';
import type { CodeEditor } from '../editor/code-editor.ts';
import { createLateEditor } from '../editor/late-editor.ts';
import { answerFirstFromBuild, readFirstMoments } from './first-answer.ts';
import { createEventList } from '../viz/event-list.ts';
import { createMomentRenderer } from '../moment/renderer.ts';
import { connectRunner } from './runner-port.ts';
import { loadExampleFiles, readMetas, type ExampleSource } from './example-source.ts';
import { browserStore } from './saved-edits.ts';
import { shareFromHash } from './share-link.ts';
import { pickStartingExample, savedText } from './starting-point.ts';
import { clearAlert, showError, showLinkAlert, showStatus } from './messages.ts';
import { createMomentView } from './moment-view.ts';
import { setupTimeTravel } from './time-travel.ts';
import { setupTabs } from './tabs.ts';
import { setupResizers } from './resizer.ts';
import { readPath } from './series.ts';
import { setupActions, setupPickers } from './actions.ts';
import { setupCommands } from './commands-panel.ts';
import { formatEvents } from './events-text.ts';
import { openedState } from './page-actions.ts';
import { createPageStore, type PageStore } from './store.ts';
import { createRunFlow } from './run-flow.ts';
import { followStore } from './editors-follow.ts';
import { renderExampleHeader } from './example-header.ts';
import { createErrorReporter } from './error-report.ts';
import { createSaver } from './saving.ts';
import { guardRunner } from './crash-mark.ts';
import { setupCrashGuard } from './crash-notice.ts';
import { reloadOnNewShareLink, setupSharedVersion } from './shared-version.ts';
import { watchOtherTabs } from './other-tab.ts';
import { createChoiceNotice } from '../notices/choice-notice.ts';
import { watchTravelState } from './travel-state.ts';

/** The pause after the last keystroke before the example runs again. */
export const EDIT_PAUSE_MS = 300;

/** What the browser tests and the bench read (editor text, the state); not an API. */
export interface PlaygroundHandle {
  store: PageStore;
  codeEditor: CodeEditor;
  eventsEditor: CodeEditor;
}

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`#${id} is missing from the playground markup`);
  return element as T;
}

export async function startPlayground(): Promise<PlaygroundHandle | null> {
  const root = document.querySelector<HTMLElement>('.pg');
  if (!root) return null;
  performance.mark('pg:boot');
  const metas = readMetas();
  const kv = browserStore();

  // Reading a link yields between slices (share-link.ts); the bench and tests read this measure.
  const decodeStart = performance.now();
  const share = await shareFromHash(location.hash);
  performance.measure('pg:share-decode', { start: decodeStart });
  const start = pickStartingExample(share, new URLSearchParams(location.search).get('example'), metas);
  if (start.dropHash) history.replaceState(null, '', location.pathname + location.search);
  if (start.linkNotice) showLinkAlert(start.linkNotice);
  const meta = metas.get(start.id);
  if (!meta) {
    showError({ kind: 'crashed', message: 'The examples could not be read; reload the page.' }, { editor: 'code' });
    return null;
  }
  const files = await loadExampleFiles(meta);
  performance.mark('pg:files');
  const saved = start.shared ? { text: null, notice: null } : savedText(kv, start.id);
  const notices = saved.notice ? [...start.notices, saved.notice] : start.notices;
  if (notices.length) showStatus(notices.join(' '));

  // The store exists before any editor: the state is known (and can be shown) while Monaco loads.
  const store = createPageStore(openedState(meta, { code: files.code, events: files.events }, start.shared ?? saved.text));
  const saver = createSaver(kv, () => store.state);
  // The example's own files open with the moment the build folded from them (first-answer.ts):
  // it is on screen before the worker has started and long before the editor.
  const first = start.shared || saved.text !== null ? null : (readFirstMoments('pg-first-moments')[start.id] ?? null);
  // Only the learner's own code is marked while it runs; a shared version is not their saved code.
  const runner = answerFirstFromBuild(
    guardRunner(connectRunner((info) => showStatus(info.message)), kv, () => (saver.isPaused('shared') ? null : store.state.meta.id)),
    first,
  );

  // The editors arrive last (Monaco is megabytes): until then they hold the text in their reserved boxes (late-editor.ts).
  const codeEditor = createLateEditor(byId('pg-code-editor'), { language: 'typescript', value: store.state.code, label: 'Code: the decider and projections (TypeScript)' }, loadEditor);
  const eventsEditor = createLateEditor(byId('pg-events-editor'), { language: 'json', value: store.state.eventsText, label: 'Events (JSON)' }, loadEditor);
  if (prefersPlainEditor()) {
    // No Monaco on phones, so no Tab trap to explain.
    byId('pg-editor-hint').textContent = 'Edits run again after a short pause.';
  }
  setupTabs(byId('pg-tabs-list'), () => {
    codeEditor.layout();
    eventsEditor.layout();
  });
  setupResizers(root);

  watchTravelState(byId('pg-state'), byId('pg-travel-state'));
  const chartHost = byId<HTMLElement>('pg-chart');
  const renderer = createMomentRenderer({
    state: byId('pg-state'), diff: byId('pg-diff'), fold: byId('pg-snap'), chart: chartHost, projections: byId('pg-projections'), details: byId('pg-details'),
  }, { onRebuild: (name) => void rebuild(name) });
  const chart = renderer.panel('chart');
  const projections = renderer.panel('projections');
  const reportError = createErrorReporter(codeEditor, eventsEditor);
  const chartValue = (shown: unknown): number | undefined => (store.state.meta.chart ? readPath(shown, store.state.meta.chart.path) : undefined);
  const moment = createMomentView(runner, renderer, chartValue, reportError);

  const list = createEventList(byId('pg-event-list'), {
    fetchPage: (from, to) => store.state.events.slice(from, to),
    onTravel: (position) => {
      store.dispatch({ type: 'set-position', position });
      travel.setRange(store.state.events.length, store.state.position);
      void flow.showMoment();
      saver.schedulePosition();
    },
    onToggleSkip: (index, skip) => {
      list.setSkipped(store.dispatch({ type: 'skip-event', index, skip }).skipped);
      void flow.refreshStream();
    },
  });
  const travel = setupTimeTravel((position) => {
    store.dispatch({ type: 'set-position', position });
    const moved = performance.now();
    // The bench reads these measures: time from a move to the moment on screen.
    void flow.showMoment().then(() => performance.measure('pg:move-to-view', { start: moved }));
    saver.schedulePosition();
  });

  const flow = createRunFlow({
    store, runner, moment, list, travel, reportError,
    chart: { chart, host: chartHost },
    summary: byId('pg-events-summary'),
    clearErrors() {
      clearAlert();
      codeEditor.setMarkers([]);
      eventsEditor.setMarkers([]);
    },
  });
  const sharedNotice = createChoiceNotice(byId('pg-shared-note'));
  const tabNotice = createChoiceNotice(byId('pg-tab-note'));
  const crashNotice = createChoiceNotice(byId('pg-crash-note'));
  const save = (): void => saver.saveEdits();
  const exampleId = (): ExampleId => store.state.meta.id;

  const rebuild = async (name: string): Promise<void> => {
    const { rebuildVisibly } = await import('./rebuild.ts');
    await rebuildVisibly({ runner, reportError, eventCount: () => store.state.events.length, showMoment: flow.showMoment }, projections, name);
  };

  const appendEvents = async (events: readonly Message[]): Promise<void> => {
    store.dispatch({ type: 'append-events', events });
    // The worker appended these itself: it already holds this stream.
    flow.heldByWorker();
    save();
    await flow.refreshStream(false);
  };

  /**
   * Everything tied to the example on screen (its command forms, the conflict
   * demo) listens with this signal; opening another example aborts it, so no
   * listener of the one before is left behind.
   */
  let exampleScope = new AbortController();
  const describeExample = (): void => {
    exampleScope.abort();
    exampleScope = new AbortController();
    const { meta: shown } = store.state;
    renderExampleHeader(shown);
    chartHost.hidden = shown.chart === null;
    // A new example starts with an empty line (its samples follow) but its caption already reads right.
    if (shown.chart) chart.setData(shown.chart.label, []);
    setupCommands({ get state() { return store.state; }, runner, reportError, appendEvents }, exampleScope.signal);
  };
  // The editors and the events note follow the store (editors-follow.ts).
  followStore(store, { codeEditor, eventsEditor, note: byId('pg-events-note') });

  const openExample = async (nextId: ExampleId, source: ExampleSource): Promise<void> => {
    const nextMeta = metas.get(nextId);
    if (!nextMeta) return;
    const next = await loadExampleFiles(nextMeta);
    const nextSaved = source === 'saved' ? savedText(kv, nextId) : { text: null, notice: null };
    if (nextSaved.notice) showStatus(nextSaved.notice);
    store.dispatch({ type: 'open-example', meta: nextMeta, original: { code: next.code, events: next.events }, text: nextSaved.text });
    // Another example, or this one afresh: whatever was asked about the one before no longer applies.
    saver.resume('shared');
    saver.resume('other-tab');
    for (const notice of [sharedNotice, tabNotice, crashNotice]) notice.hide();
    describeExample();
    await crashGuard.runOrAsk(nextSaved.text !== null);
  };
  const openSaved = (id: ExampleId = exampleId()): Promise<void> => openExample(id, 'saved');

  // Edits run again after a pause; the time-travel position is kept.
  let editTimer: number | undefined;
  const onEdit = (): void => {
    window.clearTimeout(editTimer);
    editTimer = window.setTimeout(() => {
      store.dispatch({ type: 'edit', code: codeEditor.getValue(), eventsText: eventsEditor.getValue() });
      save();
      // Editing is the answer to "run my saved code?": the edited code runs (and is marked while it does).
      crashNotice.hide();
      const edited = performance.now();
      void flow.runAll().then(() => performance.measure('pg:edit-to-view', { start: edited }));
    }, EDIT_PAUSE_MS);
  };
  codeEditor.onChange(onEdit);
  eventsEditor.onChange(onEdit);

  const crashGuard = setupCrashGuard({ exampleId, runAll: flow.runAll, openOriginal: () => openExample(exampleId(), 'original') }, kv, crashNotice);
  setupActions({
    get state() {
      return store.state;
    },
    onScreen: () => ({
      code: codeEditor.getValue(),
      events: store.state.generated ? formatEvents(store.state.events) : eventsEditor.getValue(),
    }),
    isSharedOpen: () => saver.isPaused('shared'),
    openExample, save,
    async loadGeneratedStream(count) {
      const { generateLongStream } = await import('./long-stream.ts');
      return generateLongStream({ store, openExample, runAll: flow.runAll }, count);
    },
    setSnapshotEvery(every) {
      store.dispatch({ type: 'set-snapshot-every', every });
      void flow.refreshStream();
    },
  });
  setupPickers({
    metas, openExample,
    setLag(lag) {
      store.dispatch({ type: 'set-lag', lag });
      void flow.showMoment();
    },
  });
  watchOtherTabs({ exampleId, saver, openSaved: () => openSaved(), save }, tabNotice);
  reloadOnNewShareLink();
  describeExample();
  if (first) {
    await flow.showStream();
    if (first.series && store.state.meta.chart) chart.setData(store.state.meta.chart.label, first.series);
    performance.mark('pg:first-paint');
  }
  if (start.shared) setupSharedVersion({ exampleId, saver, save, openSaved }, kv, sharedNotice).open();
  // The worker first: time travel, Play and commands need it, and Monaco's megabytes parse on
  // this thread, where they would hold up the worker's start. The editor follows.
  await crashGuard.runOrAsk(saved.text !== null);
  codeEditor.start();
  eventsEditor.start();
  await Promise.all([codeEditor.arrived, eventsEditor.arrived]);
  root.dataset.ready = 'true';
  const handle: PlaygroundHandle = { store, codeEditor, eventsEditor };
  // Exposed for the browser tests and the bench (they read editor text and time moves); not an API.
  (window as unknown as { playground?: PlaygroundHandle }).playground = handle;
  return handle;
}
