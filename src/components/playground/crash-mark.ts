/**
 * Saved code that took the tab down must not take it down again on the next
 * visit. While the runner works on the learner's saved code, a mark sits in
 * localStorage ("running saved code for example X"); every answer clears it
 * (a result, an error, or the watchdog's "stopped" that the runner reports).
 * A mark still there when the page loads means the tab died mid-run: the page
 * then asks before it runs that code again (crash-notice.ts). Leaving the page
 * normally takes the mark down with it.
 */
import type { Runner } from './runner-port.ts';
import type { KeyValueStore } from './saved-edits.ts';

export const RUNNING_KEY_PREFIX = 'esi.playground.running.v1.';

export function runningKey(exampleId: string): string {
  return RUNNING_KEY_PREFIX + exampleId;
}

/** Storage that throws (full, blocked) only loses the safety net, never the page. */
function attempt(action: () => void): void {
  try {
    action();
  } catch {
    // Nothing to do: without storage there is no mark, and no saved code to guard either.
  }
}

export function wasRunning(store: KeyValueStore | null, exampleId: string): boolean {
  try {
    return store?.getItem(runningKey(exampleId)) != null;
  } catch {
    return false;
  }
}

export function clearRunning(store: KeyValueStore | null, exampleId: string): void {
  attempt(() => store?.removeItem(runningKey(exampleId)));
}

/**
 * Wraps every runner call so the mark is up while any call is in flight.
 * `markedExample` says which example's saved code the page is running, or
 * null when the code is not the learner's saved code (a shared version).
 */
export function guardRunner(runner: Runner, store: KeyValueStore | null, markedExample: () => string | null): Runner {
  const inFlight = new Map<string, number>();
  const begin = (): string | null => {
    const id = markedExample();
    if (id === null) return null;
    const count = inFlight.get(id) ?? 0;
    if (count === 0) attempt(() => store?.setItem(runningKey(id), JSON.stringify({ since: new Date().toISOString() })));
    inFlight.set(id, count + 1);
    return id;
  };
  const end = (id: string | null): void => {
    if (id === null) return;
    const count = (inFlight.get(id) ?? 1) - 1;
    if (count > 0) {
      inFlight.set(id, count);
      return;
    }
    inFlight.delete(id);
    clearRunning(store, id);
  };
  // A page that is left (reload, link, closed tab) did not crash: a crashed renderer fires no
  // pagehide. Without this, reloading while the first run is in flight asked "did not finish
  // running on your last visit" about code that was fine.
  if (typeof addEventListener === 'function') {
    addEventListener('pagehide', () => {
      for (const id of inFlight.keys()) clearRunning(store, id);
      inFlight.clear();
    });
  }
  const guard = <A extends unknown[], R>(call: (...args: A) => Promise<R>) => async (...args: A): Promise<R> => {
    const id = begin();
    try {
      return await call(...args);
    } finally {
      end(id);
    }
  };
  return {
    load: guard(runner.load.bind(runner)),
    setEvents: guard(runner.setEvents.bind(runner)),
    stateAt: guard(runner.stateAt.bind(runner)),
    momentAt: guard(runner.momentAt.bind(runner)),
    eventsPage: guard(runner.eventsPage.bind(runner)),
    projectionsAt: guard(runner.projectionsAt.bind(runner)),
    rebuildProjection: guard(runner.rebuildProjection.bind(runner)),
    runCommand: guard(runner.runCommand.bind(runner)),
  };
}
