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

/** An intent as it travels: the presenter's id and a sequence number make it applied once. */
export type Intent = Extract<SyncMessage, { type: 'intent' }>;

const INTENT_ACTIONS: ReadonlySet<string> = new Set<IntentAction>(['next', 'prev', 'first', 'last', 'blackout', 'goto']);

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const num = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const str = (v: unknown): v is string => typeof v === 'string';
const isAction = (v: unknown): v is IntentAction => str(v) && INTENT_ACTIONS.has(v);

function readApplied(v: unknown): Applied | null | undefined {
  if (v === null) return null;
  return isObj(v) && str(v.presenter) && num(v.id) ? { presenter: v.presenter, id: v.id } : undefined;
}

/**
 * Messages come from other windows (any page of this origin, any version of the
 * site still open in a tab): each is rebuilt field by field from what was checked,
 * so nothing unchecked reaches the deck. Null for anything else.
 */
export function readMessage(data: unknown): SyncMessage | null {
  if (!isObj(data) || !str(data.type)) return null;
  switch (data.type) {
    case 'state': {
      const applied = readApplied(data.applied);
      const { slide, step, stepCount, total, blackout, hello, page } = data;
      if (applied === undefined || !num(slide) || !num(step) || !num(stepCount) || !num(total)) return null;
      if (typeof blackout !== 'boolean' || typeof hello !== 'boolean' || !str(page)) return null;
      return { type: 'state', applied, hello, page, slide, step, stepCount, total, blackout };
    }
    case 'bye':
      return str(data.page) ? { type: 'bye', page: data.page } : null;
    case 'where':
      return { type: 'where' };
    case 'intent': {
      const { presenter, id, action, slide, step } = data;
      if (!str(presenter) || !num(id) || !isAction(action)) return null;
      if ((slide !== undefined && !num(slide)) || (step !== undefined && !num(step))) return null;
      return { type: 'intent', presenter, id, action, ...(slide !== undefined ? { slide } : {}), ...(step !== undefined ? { step } : {}) };
    }
    case 'demo': {
      const { slide, demo, label, position, max, clock, origin } = data;
      if (!num(slide) || !str(demo) || !str(label) || !num(position) || !num(max) || !num(clock) || !str(origin)) return null;
      return { type: 'demo', slide, demo, label, position, max, clock, origin };
    }
    case 'demo-where':
      return num(data.slide) && str(data.demo) ? { type: 'demo-where', slide: data.slide, demo: data.demo } : null;
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
