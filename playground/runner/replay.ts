import type { Remote } from 'comlink';
import type { RunnerApi, SetEventsOptions } from './protocol.ts';

/**
 * What a fresh worker must be given again after a restart, so the page's next
 * call works as if nothing had happened: the last code, the last events, and
 * the events commands appended since (the old worker held them; the page
 * never re-sends them). The client (client-core.ts) tells it what it sent.
 */
export interface ReplayCall {
  method: 'load' | 'setEvents';
  send: (remote: Remote<RunnerApi>) => Promise<unknown>;
  /** The code a replayed load re-sends, to tell whether a stuck replay was this one. */
  code?: string;
}

export interface ReplayMemory {
  loaded(code: string): void;
  eventsSet(input: string | unknown[], options: SetEventsOptions | undefined): void;
  appended(events: readonly unknown[]): void;
  /** A replay that got stuck would get stuck again: forget what it re-sent. */
  forgetStuck(call: { method: string; code?: string }): void;
  /** The calls that put a fresh worker back; a method the page has queued itself is left out. */
  calls(queued: (method: ReplayCall['method']) => boolean): ReplayCall[];
}

export function createReplayMemory(): ReplayMemory {
  let lastCode: string | undefined;
  let lastEvents: { input: string | unknown[]; options: SetEventsOptions | undefined } | undefined;
  let appended: unknown[] = [];

  const restoredEvents = (): string | unknown[] | undefined => {
    if (!lastEvents) return undefined;
    if (appended.length === 0) return lastEvents.input;
    const base: unknown = typeof lastEvents.input === 'string' ? JSON.parse(lastEvents.input) : lastEvents.input;
    return Array.isArray(base) ? [...base, ...appended] : lastEvents.input;
  };

  return {
    loaded(code) {
      lastCode = code;
    },
    eventsSet(input, options) {
      lastEvents = { input, options };
      appended = [];
    },
    appended(events) {
      appended = [...appended, ...events];
    },
    forgetStuck(call) {
      if (call.method === 'load' && call.code === lastCode) lastCode = undefined;
      if (call.method === 'setEvents') lastEvents = undefined;
    },
    calls(queued) {
      const calls: ReplayCall[] = [];
      const code = lastCode;
      if (code !== undefined && !queued('load')) calls.push({ method: 'load', send: (r) => r.load(code), code });
      const events = restoredEvents();
      const options = lastEvents?.options;
      if (events !== undefined && !queued('setEvents')) calls.push({ method: 'setEvents', send: (r) => r.setEvents(events, options) });
      return calls;
    },
  };
}
