/**
 * The page's conversation with the worker: send what changed (worker-copy.ts),
 * then show the stream and the moment at the slider. It reads the store and
 * dispatches what the worker's answers settle (the typed events it took, skips
 * that no longer apply); it never decides what the learner did.
 */
import type { RunnerError } from '../../../playground/runner/protocol.ts';
import type { EventList } from '../viz/event-list.ts';
import type { Chart } from '../viz/chart.ts';
import type { MomentView } from './moment-view.ts';
import type { Runner } from './runner-port.ts';
import type { PageStore } from './store.ts';
import type { TimeTravel } from './time-travel.ts';
import { cancelSeries, loadSeries } from './series.ts';
import { foldedPosition, writtenNumber } from './what-if.ts';
import { eventsSignature, foldedStream, sameEvents, type WorkerCopy } from './worker-copy.ts';

export interface RunFlowPort {
  store: PageStore;
  runner: Runner;
  moment: MomentView;
  list: EventList;
  travel: TimeTravel;
  chart: { chart: Chart; host: HTMLElement };
  summary: HTMLElement;
  reportError(error: RunnerError): void;
  /** Called before a run, so what the last run marked goes (alerts, editor markers). */
  clearErrors(): void;
}

export interface RunFlow {
  /** Sends code and events to the worker (what changed only) and shows the result. */
  runAll(): Promise<void>;
  /** Re-folds and re-renders after the stream changed (a skip, snapshots); `resend: false` when the worker holds it already. */
  refreshStream(resend?: boolean): Promise<void>;
  /** Shows the stream the store holds (slider, list, summary) and the moment at the slider; asks the worker for nothing else. */
  showStream(): Promise<void>;
  /** The moment at the slider: state, diff, projections. */
  showMoment(): Promise<void>;
  /** The worker appended events itself (a command): it holds this stream already. */
  heldByWorker(): void;
}

export function createRunFlow(port: RunFlowPort): RunFlow {
  const { store, runner, moment, list, travel } = port;
  const sent: WorkerCopy = { code: null, events: null };

  const flow: RunFlow = {
    async runAll() {
      cancelSeries();
      port.clearErrors();
      const code = store.state.code;
      if (code !== sent.code) {
        sent.code = null;
        const loaded = await runner.load(code);
        if (!loaded.ok) return port.reportError(loaded.error);
        sent.code = code;
      }
      const state = store.state;
      const signature = eventsSignature(state);
      if (!sameEvents(signature, sent.events)) {
        sent.events = null;
        const input = state.skipped.size || state.generated ? foldedStream(state) : state.eventsText;
        const set = await runner.setEvents(input, { snapshotEvery: state.snapshotEvery });
        if (!set.ok) return port.reportError(set.error);
        sent.events = signature;
        store.dispatch({ type: 'events-sent' });
      }
      await flow.refreshStream(false);
    },
    async refreshStream(resend = true) {
      if (resend) {
        cancelSeries();
        sent.events = null;
        const state = store.state;
        const set = await runner.setEvents(foldedStream(state), { snapshotEvery: state.snapshotEvery });
        if (!set.ok) return port.reportError(set.error);
        sent.events = eventsSignature(state);
      }
      await flow.showStream();
      void loadSeries(runner, store.state, port.chart.chart, port.chart.host, () => moment.idle());
    },
    async showStream() {
      const state = store.dispatch({ type: 'settle-stream' });
      travel.setRange(state.events.length, state.position);
      list.setCount(state.events.length);
      list.setSkipped(state.skipped);
      list.invalidate();
      list.setPosition(state.position);
      const skipped = state.skipped.size;
      const skippedNote = skipped ? ` ${skipped} skipped (what if): later events are folded without ${skipped === 1 ? 'it' : 'them'}.` : '';
      port.summary.textContent = `${state.events.length.toLocaleString('en')} events in ${state.meta.streamName}. Pick a row to travel there; tick a box to skip that event.${skippedNote}`;
      await flow.showMoment();
    },
    async showMoment() {
      const { position, skipped, lag } = store.state;
      const folded = foldedPosition(position, skipped);
      await moment.show({ folded, lastEventNumber: writtenNumber(folded, skipped), lag });
      // The list follows once the moment is in: list and state change in the same
      // frame, and a drag does not paint the list alone while the worker answers.
      list.setPosition(store.state.position);
    },
    heldByWorker() {
      sent.events = eventsSignature(store.state);
    },
  };
  return flow;
}
