/**
 * Between presses of Check, the learner's code is compiled and loaded after
 * each pause in typing (no check runs), so a syntax error, or a throw while
 * the module loads, shows beside the editor as it is typed and goes as soon
 * as it is fixed. It has a runner of its own: the one Check uses keeps the
 * code that was checked, so "Your fold" stays the fold of that code.
 */
import type { RunnerClient } from '../../../playground/runner/client.ts';
import type { RunnerError } from '../../../playground/runner/protocol.ts';

/** The pause after the last keystroke before the code is loaded again. */
export const LIVE_PAUSE_MS = 400;

const ABOUT_THE_CODE: ReadonlySet<RunnerError['kind']> = new Set<RunnerError['kind']>(['compile', 'runtime', 'timeout', 'invalid-input', 'not-serializable']);

export interface LiveCheckPort {
  /** Started on the first edit, so a page that is only read never opens a second runner. */
  runner: () => RunnerClient;
  code: () => string;
  /** Check is running: it reports on this code itself. */
  busy: () => boolean;
  /** The code does not load: show why (message and marker). */
  failed: (error: RunnerError) => void;
  /** The code loads: what a failed load said before no longer holds. */
  loaded: () => void;
}

export interface LiveCheck {
  /** The text changed: load it again after the pause. */
  edited(): void;
  /** Check is starting: a pending load is not needed any more. */
  cancel(): void;
}

export function createLiveCheck(port: LiveCheckPort): LiveCheck {
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** Which edit a reply belongs to: only the newest one's is shown. */
  let generation = 0;
  return {
    edited() {
      clearTimeout(timer);
      const mine = ++generation;
      timer = setTimeout(async () => {
        if (port.busy()) return;
        const result = await port.runner().load(port.code());
        if (mine !== generation || port.busy()) return;
        if (result.ok) port.loaded();
        // Only what is wrong with the code is said while typing: a runner that
        // could not start (a busy machine) is not the learner's error, and Check says it if it lasts.
        else if (ABOUT_THE_CODE.has(result.error.kind)) port.failed(result.error);
      }, LIVE_PAUSE_MS);
    },
    cancel() {
      clearTimeout(timer);
      generation += 1;
    },
  };
}
