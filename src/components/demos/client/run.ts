/**
 * A live demo: the example's code and events go to the runner's worker once,
 * then every move of the control asks the worker for that moment (state,
 * read model, or a command's outcome) through the one feed, and the one
 * renderer draws this demo's panels (moment/). The control's position
 * is shared with the other windows of the talk (demo-sync.ts), so the
 * presenter and the audience always see the same moment.
 *
 * `signal` aborts when the deck swaps the demo's slide out: the runner's
 * sandboxed iframe and the sync channel close, and nothing repaints after.
 */
import { createRunner, type RunnerClient } from '../../../../playground/runner/client.ts';
import { joinDemoSync } from '../../presenter/demo-sync.ts';
import { sumOfItems } from '../../../../playground/examples/jet-cart/demo-facts.ts';
import { RACE_BUYERS, RACE_STEPS, raceCommand } from '../../../../playground/examples/ticketfly-seats/demo-facts.ts';
import { DEMOS, type DemoId, type EventLike, type Fact, type Moment as DemoMoment } from '../kinds.ts';
import { MODES, viewLag } from '../modes.ts';
import { demoMoment } from '../demo-moment.ts';
import { createMomentFeed } from '../../moment/feed.ts';
import { shownValue, type Moment } from '../../moment/moment.ts';
import { createMomentRenderer } from '../../moment/renderer.ts';
import { exampleSource } from './sources.ts';
import { buggyJetCode } from './jet-bug.ts';

export async function runDemo(root: HTMLElement, id: DemoId, slide: number, signal: AbortSignal): Promise<void> {
  const spec = DEMOS[id];
  const rule = MODES[spec.mode];
  const q = <T extends Element>(sel: string) => root.querySelector<T>(sel);
  const range = q<HTMLInputElement>('input[type="range"]');
  const out = q<HTMLOutputElement>('.demo-out');
  const status = q<HTMLElement>('.demo-status');
  const hosts = { event: q<HTMLElement>('[data-panel="event"]'), events: q<HTMLElement>('[data-panel="events"]'), facts: q<HTMLElement>('[data-panel="facts"]') };
  if (!range || !out || !status || !hosts.event || !hosts.events || !hosts.facts) return;
  const renderer = createMomentRenderer({ event: hosts.event, events: hosts.events, facts: hosts.facts });

  const say = (text: string): void => {
    status.textContent = text;
  };
  const found = await exampleSource(spec.example);
  if (signal.aborted) return;
  if (!found) return say('This demo’s example is missing.');
  const source = found;
  const events = JSON.parse(source.events) as EventLike[];
  const count = events.length;
  const runner: RunnerClient = createRunner({ budgetMs: 4000, onRestart: (info) => say(info.message) });
  signal.addEventListener('abort', () => runner.terminate(), { once: true });
  const loaded = await runner.load(source.code);
  const set = await runner.setEvents(source.events);
  if (signal.aborted) return;
  if (!loaded.ok || !set.ok) return say(`The demo could not start: ${!loaded.ok ? loaded.error.message : !set.ok ? set.error.message : ''}`);

  const max = rule.max(count);
  range.max = String(max);
  let position = Math.min(Number(range.value) || rule.rest(count), max);
  let bugAt: number | null = null;

  /** The state (and the read model a lag or rebuild demo watches) at control position p, in one call. */
  async function folded(p: number): Promise<Moment | null> {
    const answer = await runner.momentAt(rule.stateAt(p, count), { lag: viewLag(rule, p, count) });
    if (!answer.ok) return answer.error.kind === 'stale' ? null : (say(answer.error.message), null);
    const projection = answer.projections.find((x) => x.name === spec.projection);
    const view = projection ? shownValue(projection.view, projection.viewCut) : undefined;
    const m: DemoMoment = { position: p, events, state: shownValue(answer.state, answer.stateCut), view, bugAt };
    return demoMoment(id, m);
  }

  /** The race, replayed from the example's stream for each step, through real appends. */
  async function raced(p: number): Promise<Moment> {
    await runner.setEvents(source.events);
    const [first, second] = RACE_BUYERS;
    const v = count;
    const race: Fact[] = [{ label: `Version ${v}`, value: RACE_STEPS[0] ?? '' }];
    let appended: EventLike[] = [];
    if (p >= 1) {
      const a = await runner.runCommand(raceCommand(first), { expectedStreamVersion: v, metadata: { by: `web:${first}` } });
      if (a.ok && a.outcome === 'appended') appended = a.events;
      race.push(a.ok && a.outcome === 'appended' ? { label: `${first}, expects ${v}`, value: `appended: stream is now version ${a.streamVersion}`, tone: 'good' } : { label: first, value: a.ok ? a.outcome : a.error.message, tone: 'bad' });
    }
    if (p >= 2) {
      const b = await runner.runCommand(raceCommand(second), { expectedStreamVersion: v });
      race.push(b.ok && b.outcome === 'conflict' ? { label: `${second}, expects ${v}`, value: `conflict: the stream is at ${b.actual}, nothing written`, tone: 'bad' } : { label: second, value: b.ok ? b.outcome : b.error.message });
    }
    if (p >= 3) {
      const c = await runner.runCommand(raceCommand(second), { expectedStreamVersion: v + 1 });
      race.push(c.ok && c.outcome === 'rejected' ? { label: `${second} retries, expects ${v + 1}`, value: `rejected: ${c.message}`, tone: 'bad' } : { label: `${second} retries`, value: c.ok ? c.outcome : c.error.message });
    }
    return demoMoment(id, { position: p, events, state: null, race }, appended);
  }

  const feed = createMomentFeed<number, Moment>({
    async fetch(p) {
      const moment = spec.mode === 'race' ? await raced(p) : await folded(p);
      return moment ? { ok: true, moment } : null;
    },
    draw(moment, p) {
      renderer.draw(moment);
      root.dataset.position = String(p);
    },
    onError: (error) => say(error.message),
  });
  signal.addEventListener('abort', () => feed.stop(), { once: true });

  function show(p: number): void {
    // A stopped demo asks nothing more: a call would open a fresh runner.
    if (!signal.aborted) void feed.want(p);
  }

  function moveTo(p: number, mine: boolean): void {
    position = Math.max(0, Math.min(max, Math.round(p)));
    range!.value = String(position);
    out!.textContent = rule.label(position, max);
    range!.setAttribute('aria-valuetext', rule.label(position, max));
    if (mine) sync.set(position, max);
    show(position);
  }

  const sync = joinDemoSync({ slide, demo: id, label: spec.label, onRemote: (p) => moveTo(p, false) });
  signal.addEventListener('abort', () => sync.close(), { once: true });
  range.addEventListener('input', () => moveTo(Number(range.value), true));
  root.addEventListener('keydown', (e) => {
    // Escape hands the keys back to the deck.
    if (e.key === 'Escape' && document.activeElement instanceof HTMLElement && root.contains(document.activeElement)) {
      document.activeElement.blur();
      e.preventDefault();
    }
  });

  if (id === 'jet') wireJetBug();
  if (id === 'envato') wireRebuild();

  function wireJetBug(): void {
    const check = q<HTMLInputElement>('.demo-bug');
    const find = q<HTMLButtonElement>('.demo-find');
    const buggy = buggyJetCode(source.code);
    if (!check || !find || !buggy) return;
    check.disabled = false;
    check.addEventListener('change', async () => {
      const r = await runner.load(check.checked ? buggy : source.code);
      // Answers folded with the other code are about a stream that is gone.
      feed.reset();
      if (!r.ok) return say(r.error.message);
      bugAt = null;
      if (check.checked) {
        // Replay event by event until the total parts from the items: the first bad event.
        for (let k = 1; k <= count && bugAt === null; k += 1) {
          const s = await runner.stateAt(k);
          if (s.ok && (s.state as { total?: number }).total !== sumOfItems(s.state)) bugAt = k;
        }
        say(bugAt ? `With the bug, the total goes wrong at event #${bugAt} (${events[bugAt - 1]?.type}).` : 'The bug did not show in this stream.');
      } else say('Bug removed: the same events fold to the right total again.');
      find.hidden = !check.checked || bugAt === null;
      moveTo(position, false);
    });
    find.addEventListener('click', () => {
      if (bugAt !== null) moveTo(bugAt, true);
    });
  }

  function wireRebuild(): void {
    const button = q<HTMLButtonElement>('.demo-rebuild');
    if (!button) return;
    button.disabled = false;
    button.addEventListener('click', () => {
      button.disabled = true;
      say('Read model thrown away; replaying every event into a fresh one…');
      let k = 0;
      const tick = () => {
        if (signal.aborted) return;
        moveTo(k, true);
        if (k >= max) {
          button.disabled = false;
          say(`Rebuilt by replaying ${max} events.`);
          return;
        }
        k += 1;
        setTimeout(tick, 90);
      };
      tick();
    });
  }

  range.disabled = false;
  root.dataset.live = 'ready';
  moveTo(position, false);
  sync.announce(position, max);
}
