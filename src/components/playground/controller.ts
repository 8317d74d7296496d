/**
 * The playground page's controller: picks the example (share link, saved
 * edits or the original), wires editors, runner and views, and re-runs after
 * each edit. Learner code only ever runs in the runner's worker. What may be
 * saved, and when, is saving.ts's call; a share link opens as a shared
 * version (shared-version.ts); another tab's edits (other-tab.ts) and code
 * that crashed the last visit (crash-notice.ts) are asked about, not run over.
 */
import type { ExampleId, ExampleMeta } from '../../../playground/examples/catalog.ts';
import type { Message, RunnerError } from '../../../playground/runner/protocol.ts';
import { loadEditor, prefersPlainEditor } from '../editor/load-editor.ts';
import type { CodeEditor } from '../editor/code-editor.ts';
import { createEventList, type EventList } from '../viz/event-list.ts';
import { createProjectionsPanel } from '../viz/projections-panel.ts';
import { createChart } from '../viz/chart.ts';
import { connectRunner, type Runner } from './runner-port.ts';
import { loadExampleFiles, readMetas } from './example-source.ts';
import { browserStore } from './saved-edits.ts';
import { shareFromHash } from './share-link.ts';
import { pickStartingExample, savedText } from './starting-point.ts';
import { clearAlert, showError, showLinkAlert, showStatus } from './messages.ts';
import { createMomentView, type MomentView } from './moment-view.ts';
import { setupTimeTravel, type TimeTravel } from './time-travel.ts';
import { setupTabs } from './tabs.ts';
import { setupResizers } from './resizer.ts';
import { foldedPosition, pruneSkipped, writtenNumber } from './what-if.ts';
import { cancelSeries, loadSeries, readPath } from './series.ts';
import { setupActions, setupPickers } from './actions.ts';
import { setupCommands } from './commands-panel.ts';
import { appendToJsonArrayText, parseEvents } from './events-text.ts';
import type { PageState } from './page-state.ts';
import { eventsSignature, foldedStream, sameEvents, type WorkerCopy } from './worker-copy.ts';
import { renderExampleHeader } from './example-header.ts';
import { createErrorReporter } from './error-report.ts';
import { createSaver, type Saver } from './saving.ts';
import { guardRunner } from './crash-mark.ts';
import { setupCrashGuard } from './crash-notice.ts';
import { reloadOnNewShareLink, setupSharedVersion } from './shared-version.ts';
import { watchOtherTabs } from './other-tab.ts';
import { createChoiceNotice } from '../notices/choice-notice.ts';

/** The pause after the last keystroke before the example runs again. */
export const EDIT_PAUSE_MS = 300;

export interface Playground {
  state: PageState;
  runner: Runner;
  codeEditor: CodeEditor;
  eventsEditor: CodeEditor;
  list: EventList;
  moment: MomentView;
  travel: TimeTravel;
  /** Re-folds and re-renders after the stream changed (edit, command, skip). */
  refreshStream(resend?: boolean): Promise<void>;
  /** Sends code and events to the worker and shows the result. */
  runAll(): Promise<void>;
  showMoment(): Promise<void>;
  /** Saves a real edit (typing, a command, Reset), unless saving is paused (see saving.ts). */
  save(): void;
  saver: Saver;
  openExample(id: ExampleId, source: 'original' | 'saved'): Promise<void>;
  /** Puts the example's stream into place after a command appended events. */
  appendEvents(events: readonly Message[]): Promise<void>;
  metas: Map<ExampleId, ExampleMeta>;
  reportError(error: RunnerError): void;
}

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`#${id} is missing from the playground markup`);
  return element as T;
}

export async function startPlayground(): Promise<Playground | null> {
  const root = document.querySelector<HTMLElement>('.pg');
  if (!root) return null;
  const metas = readMetas();
  const store = browserStore();

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
  const saved = start.shared ? { text: null, notice: null } : savedText(store, start.id);
  const text = start.shared ?? saved.text;
  const notices = saved.notice ? [...start.notices, saved.notice] : start.notices;
  if (notices.length) showStatus(notices.join(' '));

  const state: PageState = {
    meta, original: { code: files.code, events: files.events },
    code: text?.code ?? files.code, eventsText: text?.events ?? files.events, events: [], generated: false,
    skipped: new Set(), position: text?.position ?? Number.MAX_SAFE_INTEGER, lag: 0, snapshotEvery: 100,
  };
  state.events = parseEvents(state.eventsText) ?? parseEvents(files.events) ?? [];
  const saver = createSaver(store, state);
  // Only the learner's own code is marked while it runs; a shared version is not their saved code.
  const runner = guardRunner(connectRunner((info) => showStatus(info.message)), store, () => (saver.isPaused('shared') ? null : state.meta.id));

  const tabs = byId<HTMLElement>('pg-tabs-list');
  const codeHost = byId<HTMLElement>('pg-code-editor');
  const eventsHost = byId<HTMLElement>('pg-events-editor');
  const [codeEditor, eventsEditor] = await Promise.all([
    loadEditor(codeHost, { language: 'typescript', value: state.code, label: 'Code: the decider and projections (TypeScript)' }),
    loadEditor(eventsHost, { language: 'json', value: state.eventsText, label: 'Events (JSON)' }),
  ]);
  if (prefersPlainEditor()) {
    // No Monaco on phones, so no Tab trap to explain.
    byId('pg-editor-hint').textContent = 'Edits run again after a short pause.';
  }
  setupTabs(tabs, () => {
    codeEditor.layout();
    eventsEditor.layout();
  });
  setupResizers(root);

  const chartHost = byId<HTMLElement>('pg-chart');
  const chart = createChart(chartHost);
  const projections = createProjectionsPanel(byId('pg-projections'), (name) => void page.rebuild(name));
  const reportError = createErrorReporter(codeEditor, eventsEditor);
  const moment = createMomentView(runner, {
    tree: byId('pg-state'), diff: byId('pg-diff'), snap: byId('pg-snap'), chart, projections,
    chartValue: (shown) => (state.meta.chart ? readPath(shown, state.meta.chart.path) : undefined),
  }, reportError);

  const list = createEventList(byId('pg-event-list'), {
    fetchPage: (from, to) => state.events.slice(from, to),
    onTravel: (position) => {
      travel.setRange(state.events.length, position);
      state.position = position;
      void page.showMoment();
      saver.schedulePosition();
    },
    onToggleSkip: (index, skip) => {
      if (skip) state.skipped.add(index);
      else state.skipped.delete(index);
      list.setSkipped(state.skipped);
      void page.refreshStream();
    },
  });
  const travel = setupTimeTravel((position) => {
    state.position = position;
    const start = performance.now();
    // The bench reads these measures: time from a move to the moment on screen.
    void page.showMoment().then(() => performance.measure('pg:move-to-view', { start }));
    saver.schedulePosition();
  });

  const sent: WorkerCopy = { code: null, events: null };
  const sharedNotice = createChoiceNotice(byId('pg-shared-note'));
  const tabNotice = createChoiceNotice(byId('pg-tab-note'));
  const crashNotice = createChoiceNotice(byId('pg-crash-note'));

  const page: Playground & { rebuild(name: string): Promise<void> } = {
    state, runner, codeEditor, eventsEditor, list, moment, travel, metas, reportError, saver,
    async runAll() {
      cancelSeries();
      clearAlert();
      codeEditor.setMarkers([]);
      eventsEditor.setMarkers([]);
      // Send only what changed (worker-copy.ts).
      if (state.code !== sent.code) {
        sent.code = null;
        const loaded = await runner.load(state.code);
        if (!loaded.ok) return reportError(loaded.error);
        sent.code = state.code;
      }
      const signature = eventsSignature(state);
      if (!sameEvents(signature, sent.events)) {
        sent.events = null;
        const input = state.skipped.size || state.generated ? foldedStream(state) : state.eventsText;
        const set = await runner.setEvents(input, { snapshotEvery: state.snapshotEvery });
        if (!set.ok) return reportError(set.error);
        sent.events = signature;
        if (!state.generated && !state.skipped.size) state.events = parseEvents(state.eventsText) ?? state.events;
      }
      await page.refreshStream(false);
    },
    async refreshStream(resend = true) {
      if (resend) {
        cancelSeries();
        sent.events = null;
        const set = await runner.setEvents(foldedStream(state), { snapshotEvery: state.snapshotEvery });
        if (!set.ok) return reportError(set.error);
        sent.events = eventsSignature(state);
      }
      state.skipped = pruneSkipped(state.skipped, state.events.length);
      state.position = Math.min(state.position, state.events.length);
      travel.setRange(state.events.length, state.position);
      list.setCount(state.events.length);
      list.setSkipped(state.skipped);
      list.invalidate();
      list.setPosition(state.position);
      const summary = byId('pg-events-summary');
      const skippedNote = state.skipped.size ? ` ${state.skipped.size} skipped (what if): later events are folded without ${state.skipped.size === 1 ? 'it' : 'them'}.` : '';
      summary.textContent = `${state.events.length.toLocaleString('en')} events in ${state.meta.streamName}. Pick a row to travel there; tick a box to skip that event.${skippedNote}`;
      await page.showMoment();
      void loadSeries(runner, state, chart, chartHost, () => moment.idle());
    },
    async showMoment() {
      const folded = foldedPosition(state.position, state.skipped);
      await moment.show({ folded, lastEventNumber: writtenNumber(folded, state.skipped), lag: state.lag });
      // The list follows once the moment is in: list and state change in the same
      // frame, and a drag does not paint the list alone while the worker answers.
      list.setPosition(state.position);
    },
    save() {
      saver.saveEdits();
    },
    async openExample(nextId, source) {
      const nextMeta = metas.get(nextId);
      if (!nextMeta) return;
      const next = await loadExampleFiles(nextMeta);
      const saved = source === 'saved' ? savedText(store, nextId) : { text: null, notice: null };
      if (saved.notice) showStatus(saved.notice);
      Object.assign(state, {
        meta: nextMeta, original: { code: next.code, events: next.events },
        code: saved.text?.code ?? next.code,
        eventsText: saved.text?.events ?? next.events,
        generated: false, skipped: new Set<number>(),
        position: saved.text?.position ?? Number.MAX_SAFE_INTEGER,
      });
      state.events = parseEvents(state.eventsText) ?? [];
      codeEditor.setValue(state.code);
      eventsEditor.setValue(state.eventsText);
      eventsEditor.setReadOnly(false);
      byId('pg-events-note').hidden = true;
      // Another example, or this one afresh: whatever was asked about the one before no longer applies.
      saver.resume('shared');
      saver.resume('other-tab');
      for (const notice of [sharedNotice, tabNotice, crashNotice]) notice.hide();
      describeExample();
      await crashGuard.runOrAsk(saved.text !== null);
    },
    async appendEvents(events) {
      state.events = [...state.events, ...events];
      if (!state.generated) {
        state.eventsText = appendToJsonArrayText(state.eventsText, events);
        eventsEditor.setValue(state.eventsText);
      }
      state.position = state.events.length;
      // The worker appended these itself: it already holds this stream.
      sent.events = eventsSignature(state);
      page.save();
      await page.refreshStream(false);
    },
    async rebuild(name) {
      const { rebuildVisibly } = await import('./rebuild.ts');
      await rebuildVisibly(page, projections, name);
    },
  };

  function describeExample(): void {
    renderExampleHeader(state.meta);
    chartHost.hidden = state.meta.chart === null;
    // A new example starts with an empty line (its samples follow) but its caption already reads right.
    if (state.meta.chart) chart.setData(state.meta.chart.label, []);
    setupCommands(page);
  }

  // Edits run again after a pause; the time-travel position is kept.
  let editTimer: number | undefined;
  const onEdit = (): void => {
    window.clearTimeout(editTimer);
    editTimer = window.setTimeout(() => {
      state.code = codeEditor.getValue();
      if (!state.generated) state.eventsText = eventsEditor.getValue();
      page.save();
      // Editing is the answer to "run my saved code?": the edited code runs (and is marked while it does).
      crashNotice.hide();
      const start = performance.now();
      void page.runAll().then(() => performance.measure('pg:edit-to-view', { start }));
    }, EDIT_PAUSE_MS);
  };
  codeEditor.onChange(onEdit);
  eventsEditor.onChange(onEdit);

  const crashGuard = setupCrashGuard(page, store, crashNotice);
  setupActions(page);
  setupPickers(page);
  watchOtherTabs(page, tabNotice);
  reloadOnNewShareLink();
  describeExample();
  if (start.shared) setupSharedVersion(page, store, sharedNotice).open();
  await crashGuard.runOrAsk(saved.text !== null);
  root.dataset.ready = 'true';
  // Exposed for the browser tests and the bench (they read editor text and time moves); not an API.
  (window as unknown as { playground?: Playground }).playground = page;
  return page;
}
