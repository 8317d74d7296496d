import { FoldError } from './errors.ts';
import type { Event } from './types.ts';

/**
 * State is a left fold of events: `events.reduce(evolve, initialState)`.
 * Written as a plain loop because this is the hottest path of the engine
 * (a million events in the benchmark) and `reduce` adds a call per event.
 */
export type Evolve<State, Evt> = (state: State, event: Evt) => State;

/** The plain fold. Errors thrown by `evolve` pass through untouched. */
export function fold<State, Evt>(
  evolve: Evolve<State, Evt>,
  initialState: State,
  events: readonly Evt[],
): State {
  let state = initialState;
  for (let i = 0; i < events.length; i++) state = evolve(state, events[i] as Evt);
  return state;
}

export interface FoldOptions {
  /** Index of `events[0]` in the whole stream, so errors name the stream position. */
  startIndex?: number;
  /** Names the fold in errors ("projection balances"). */
  source?: string;
}

/**
 * The fold the playground uses: if `evolve` throws, it throws a FoldError
 * naming the event's index and type, so a learner sees where their code
 * failed. The try/catch sits outside the loop to keep the loop fast.
 */
export function foldReporting<State, Evt extends Event>(
  evolve: Evolve<State, Evt>,
  initialState: State,
  events: readonly Evt[],
  options: FoldOptions = {},
): State {
  let state = initialState;
  let i = 0;
  try {
    for (; i < events.length; i++) state = evolve(state, events[i] as Evt);
  } catch (cause) {
    throw new FoldError((options.startIndex ?? 0) + i, events[i]?.type ?? 'unknown', cause, options.source);
  }
  return state;
}

/** A fold result that never throws: the last good state comes with the error. */
export type FoldResult<State> =
  | { ok: true; state: State; eventsApplied: number }
  | { ok: false; error: FoldError; state: State; eventsApplied: number };

export function tryFold<State, Evt extends Event>(
  evolve: Evolve<State, Evt>,
  initialState: State,
  events: readonly Evt[],
  options: FoldOptions = {},
): FoldResult<State> {
  let state = initialState;
  let i = 0;
  try {
    for (; i < events.length; i++) state = evolve(state, events[i] as Evt);
  } catch (cause) {
    const error = new FoldError((options.startIndex ?? 0) + i, events[i]?.type ?? 'unknown', cause, options.source);
    return { ok: false, error, state, eventsApplied: i };
  }
  return { ok: true, state, eventsApplied: events.length };
}

/**
 * Every intermediate state: `states[k]` is the state after k events
 * (`states[0]` is the initial state). Fine for short streams shown step by
 * step; long streams use snapshots instead of keeping every state.
 */
export function scanStates<State, Evt extends Event>(
  evolve: Evolve<State, Evt>,
  initialState: State,
  events: readonly Evt[],
  options: FoldOptions = {},
): State[] {
  const states: State[] = [initialState];
  let state = initialState;
  let i = 0;
  try {
    for (; i < events.length; i++) {
      state = evolve(state, events[i] as Evt);
      states.push(state);
    }
  } catch (cause) {
    throw new FoldError((options.startIndex ?? 0) + i, events[i]?.type ?? 'unknown', cause, options.source);
  }
  return states;
}
