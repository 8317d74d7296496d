import { createRunner, type RunnerClient } from '../../../playground/runner/client.ts';
import type { Failure } from '../../../playground/runner/protocol.ts';

/**
 * The runner lab page's glue: textareas in, runner calls, text out. Every
 * value from the worker is written with textContent, never as HTML.
 * `window.__runnerBench` exposes the client so the round-trip bench can
 * drive the same worker a page uses.
 */

declare global {
  interface Window {
    __runnerBench?: { runner: RunnerClient };
  }
}

function byId<T extends HTMLElement>(doc: Document, id: string, type: new () => T): T {
  const element = doc.getElementById(id);
  if (!(element instanceof type)) throw new Error(`Runner lab: #${id} is missing`);
  return element;
}

const pretty = (value: unknown): string => JSON.stringify(value, (_key, item: unknown) =>
  item instanceof Map ? Object.fromEntries(item) : item instanceof Set ? [...item] : item, 2) ?? String(value);

export function mountRunnerLab(doc: Document): void {
  const code = byId(doc, 'code', HTMLTextAreaElement);
  const events = byId(doc, 'events', HTMLTextAreaElement);
  const positionInput = byId(doc, 'position', HTMLInputElement);
  const commandInput = byId(doc, 'command', HTMLInputElement);
  const run = byId(doc, 'run', HTMLButtonElement);
  const send = byId(doc, 'send', HTMLButtonElement);
  const alert = byId(doc, 'error', HTMLDivElement);
  const status = byId(doc, 'status', HTMLParagraphElement);
  const state = byId(doc, 'state', HTMLPreElement);
  const projections = byId(doc, 'projections', HTMLPreElement);
  const commandResult = byId(doc, 'command-result', HTMLPreElement);

  let restartNote = '';
  const runner = createRunner({
    budgetMs: 2000,
    onRestart: (info) => {
      restartNote = `The worker was restarted (${info.restarts} so far): ${info.reason === 'timeout' ? 'a call ran too long' : 'it stopped'}.`;
      status.textContent = restartNote;
    },
  });
  /** After a failed call: say it stopped, and keep a restart notice visible. */
  const stopped = (failure: Failure, words: string): void => {
    const restarted = failure.error.kind === 'timeout' || failure.error.kind === 'crashed';
    status.textContent = restarted && restartNote ? restartNote : words;
  };
  window.__runnerBench = { runner };

  const showError = (failure: Failure): boolean => {
    if (failure.error.kind === 'stale') return false;
    const error = failure.error;
    // The message already says where (line, column, event); the data attributes repeat it for tools.
    alert.textContent = error.message;
    alert.dataset.kind = error.kind;
    for (const key of ['line', 'column', 'eventIndex'] as const) {
      const value = error[key];
      if (value === undefined) delete alert.dataset[key];
      else alert.dataset[key] = String(value);
    }
    return true;
  };
  const clearError = (): void => {
    alert.textContent = '';
    delete alert.dataset.kind;
  };

  const runAll = async (): Promise<void> => {
    const started = performance.now();
    status.textContent = 'Running…';
    const loaded = await runner.load(code.value);
    if (!loaded.ok) {
      showError(loaded);
      stopped(loaded, 'Not run.');
      return;
    }
    const set = await runner.setEvents(events.value);
    if (!set.ok) {
      showError(set);
      stopped(set, 'Not run.');
      return;
    }
    const wanted = positionInput.value === '' ? set.count : Number(positionInput.value);
    const at = await runner.stateAt(wanted);
    if (!at.ok) {
      showError(at);
      state.textContent = '';
      stopped(at, 'Stopped by an error.');
      return;
    }
    state.textContent = pretty(at.state);
    const views = loaded.exports.projections.length > 0 ? await runner.projectionsAt(at.position) : undefined;
    if (views && !views.ok) {
      showError(views);
      return;
    }
    projections.textContent = views ? pretty(Object.fromEntries(views.projections.map((p) => [p.name, p.view]))) : '(no projections exported)';
    clearError();
    const ms = Math.round(performance.now() - started);
    status.textContent = `State after ${at.position} of ${at.count} events (${at.eventsRead} read from a snapshot at ${at.fromSnapshot}), in ${ms} ms.`;
  };

  const sendCommand = async (): Promise<void> => {
    let command: unknown;
    try {
      command = JSON.parse(commandInput.value);
    } catch {
      showError({ ok: false, error: { kind: 'invalid-input', message: 'The command is not valid JSON.' } });
      return;
    }
    const result = await runner.runCommand(command);
    if (!result.ok) {
      showError(result);
      return;
    }
    clearError();
    commandResult.textContent = pretty(result);
    if (result.outcome === 'appended') {
      const at = await runner.stateAt(Number.MAX_SAFE_INTEGER);
      if (at.ok) state.textContent = pretty(at.state);
    }
  };

  run.addEventListener('click', () => void runAll());
  send.addEventListener('click', () => void sendCommand());
  run.disabled = false;
  doc.documentElement.dataset.runnerLab = 'ready';
}
