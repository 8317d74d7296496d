/**
 * The presenter console: wires keys and buttons to the sync, paints where
 * the talk is (previews, notes, step), and runs the timer and clock.
 */
import { actionForKey, deckMayTake } from '../../deck/client/keys.ts';
import type { AudienceState, IntentAction } from '../sync-protocol.ts';
import { createDemoControl } from './demo-control.ts';
import { createPresenterSync, type LinkStatus } from './presenter-sync.ts';
import { createPreviews } from './previews.ts';
import { elapsedMs, formatElapsed, loadTimer, reset, saveTimer, toggle } from './timer.ts';

const LINK_TEXT: Record<LinkStatus, string> = {
  looking: 'Looking for the audience window…',
  connected: 'Audience window connected',
  alone: 'No audience window open',
};

export function startPresenter(): void {
  const found = document.getElementById('presenter');
  if (!found) return;
  const root: HTMLElement = found;
  const byId = (id: string) => document.getElementById(id);
  const total = Number(root.dataset.total);
  const previews = createPreviews();
  let shown: AudienceState = { slide: Number(root.dataset.n), step: 0, stepCount: 0, total, blackout: false };

  const demo = createDemoControl((msg) => sync.post(msg), Math.random().toString(36).slice(2));
  const sync = createPresenterSync({
    initial: shown,
    stepCountOf: previews.stepCountOf,
    onState: paint,
    onLink: (status) => {
      const link = byId('pr-link');
      if (link) link.textContent = LINK_TEXT[status];
      root.dataset.link = status;
    },
    onMessage: (msg) => demo.take(msg),
  });

  function paint(state: AudienceState): void {
    const moved = state.slide !== shown.slide;
    shown = state;
    const { slide, step, stepCount } = state;
    const set = (id: string, text: string) => {
      const el = byId(id);
      if (el) el.textContent = text;
    };
    set('pr-n', String(slide));
    set('pr-step', stepCount > 0 ? `(step ${step} of ${stepCount})` : '');
    const current = byId('pr-current');
    const next = byId('pr-next');
    if (current) void previews.show(current, slide, step);
    if (next) {
      if (step < stepCount) {
        set('pr-next-label', `step ${step + 1} of ${stepCount}`);
        void previews.show(next, slide, step + 1);
      } else if (slide < total) {
        set('pr-next-label', `slide ${slide + 1}`);
        void previews.show(next, slide + 1, 0);
      } else {
        set('pr-next-label', 'the end of the talk');
        next.replaceChildren();
      }
    }
    document.querySelectorAll<HTMLElement>('[data-notes-for]').forEach((el) => {
      el.hidden = Number(el.dataset.notesFor) !== slide;
    });
    const noteTitle = document.querySelector<HTMLElement>(`[data-notes-for="${slide}"]`)?.dataset.title;
    if (noteTitle !== undefined) set('pr-title', noteTitle);
    const blackout = byId('pr-blackout');
    blackout?.setAttribute('aria-pressed', String(state.blackout));
    const note = byId('pr-blackout-note');
    if (note) note.hidden = !state.blackout;
    root.classList.toggle('is-blackout', state.blackout);
    if (moved) {
      document.title = `Presenter: slide ${slide} — Event Sourcing`;
      history.replaceState(null, '', `/presenter/${slide}`);
    }
    root.dataset.slide = String(slide);
    root.dataset.step = String(step);
    demo.setSlide(slide);
  }

  const act = (action: IntentAction) => sync.intent(action);

  document.addEventListener('keydown', (e) => {
    if (e.defaultPrevented || e.isComposing) return;
    const target = e.target instanceof Element ? e.target : null;
    if (!deckMayTake(e.key, target)) return;
    if (e.key === 't' && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      toggleTimer();
      return;
    }
    const action = actionForKey(e);
    if (action === 'next' || action === 'prev' || action === 'first' || action === 'last' || action === 'blackout') {
      e.preventDefault();
      act(action);
    } else if (action === 'fullscreen') {
      e.preventDefault();
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
      else void document.documentElement.requestFullscreen?.().catch(() => {});
    }
  });
  root.addEventListener('click', (e) => {
    const button = e.target instanceof Element ? e.target.closest<HTMLElement>('[data-pr-action]') : null;
    const action = button?.dataset.prAction;
    if (action === 'next' || action === 'prev' || action === 'blackout') act(action);
  });
  byId('pr-open-audience')?.addEventListener('click', () => {
    const { slide, step } = shown;
    window.open(step > 0 ? `/slides/${slide}?step=${step}` : `/slides/${slide}`, 'event-sourcing-audience');
  });

  // Timer and clock.
  let timer = loadTimer();
  const startButton = byId('pr-start');
  function tick(): void {
    const now = Date.now();
    const elapsed = byId('pr-elapsed');
    if (elapsed) elapsed.textContent = formatElapsed(elapsedMs(timer, now));
    const clock = byId('pr-clock');
    if (clock) clock.textContent = new Date(now).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
    if (startButton) startButton.textContent = timer.running ? 'Pause' : elapsedMs(timer, now) > 0 ? 'Resume' : 'Start';
  }
  function toggleTimer(): void {
    timer = toggle(timer, Date.now());
    saveTimer(timer);
    tick();
  }
  startButton?.addEventListener('click', toggleTimer);
  byId('pr-reset')?.addEventListener('click', () => {
    timer = reset(timer, Date.now());
    saveTimer(timer);
    tick();
  });
  tick();
  setInterval(tick, 500);
  paint(shown);
}
