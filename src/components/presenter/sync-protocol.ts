/**
 * What the audience deck and the presenter window say to each other over one
 * BroadcastChannel (same origin, same browser; works in the static build).
 *
 * The audience deck is the single source of truth for where the talk is:
 * the presenter sends *intents* ("next", "blackout", "go to 12") with an id,
 * the audience applies them one at a time in arrival order and reports its
 * state with the last intent id it applied. Intents commute with the
 * audience's own key presses (both are applied by one sequencer), so quick
 * presses in both windows never diverge and none is lost. After a full page
 * navigation the audience says hello with its last applied id and the
 * presenter re-sends what was not applied yet.
 *
 * Live demos keep their own position in sync with a Lamport clock
 * (last writer wins, ties broken by window id); see demo-sync.ts.
 */
export const SYNC_CHANNEL = 'event-sourcing-sync';

export type IntentAction = 'next' | 'prev' | 'first' | 'last' | 'blackout' | 'goto';

export interface AudienceState {
  slide: number;
  step: number;
  stepCount: number;
  total: number;
  blackout: boolean;
}

export interface Applied {
  presenter: string;
  id: number;
}

export type SyncMessage =
  | ({ type: 'state'; applied: Applied | null; hello: boolean; page: string } & AudienceState)
  /** A page of the audience is going away (closing, or navigating to a slide with its own scripts). */
  | { type: 'bye'; page: string }
  | { type: 'where' }
  | { type: 'intent'; presenter: string; id: number; action: IntentAction; slide?: number; step?: number }
  | DemoMessage
  | { type: 'demo-where'; slide: number; demo: string };

/** A live demo's shared position: what the time-travel slider (or lag slider) shows. */
export interface DemoMessage {
  type: 'demo';
  slide: number;
  demo: string;
  /** Label of the control ("Time travel", "Read side lag"...). */
  label: string;
  position: number;
  max: number;
  clock: number;
  origin: string;
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const num = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Messages come from other windows: check their shape before use. */
export function readMessage(data: unknown): SyncMessage | null {
  if (!isObj(data) || typeof data.type !== 'string') return null;
  switch (data.type) {
    case 'state':
      return num(data.slide) && num(data.step) && num(data.stepCount) && num(data.total) && typeof data.blackout === 'boolean' && typeof data.page === 'string'
        ? (data as SyncMessage)
        : null;
    case 'bye':
      return typeof data.page === 'string' ? (data as SyncMessage) : null;
    case 'where':
      return data as SyncMessage;
    case 'intent':
      return typeof data.presenter === 'string' && num(data.id) && typeof data.action === 'string' ? (data as SyncMessage) : null;
    case 'demo':
      return num(data.slide) && typeof data.demo === 'string' && num(data.position) && num(data.max) && num(data.clock) && typeof data.origin === 'string'
        ? (data as SyncMessage)
        : null;
    case 'demo-where':
      return num(data.slide) && typeof data.demo === 'string' ? (data as SyncMessage) : null;
    default:
      return null;
  }
}

export function openChannel(): BroadcastChannel | null {
  return 'BroadcastChannel' in window ? new BroadcastChannel(SYNC_CHANNEL) : null;
}

/** A random id for this window, so messages can say who sent them. */
export function windowId(): string {
  return Math.random().toString(36).slice(2, 10);
}
