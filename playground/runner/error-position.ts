import type { RunnerError } from './protocol.ts';
import { mapColumn, type LineSegments } from './source-map.ts';
import { compileInCompartment, createLearnerCompartment, SOURCE_URL } from './realm.ts';

/**
 * Where inside the learner's source a runtime error happened.
 *
 * The code runs in a compartment, wrapped as `(function (exports, require) {`
 * with the body on the next lines (realm.ts). Rather than hard-coding how
 * many lines the wrapper adds, `lineOffset()` measures it once by throwing
 * from a tiny body built the same way, so a change of wrapper or engine
 * cannot shift every report. The `//# sourceURL=learner.ts` comment makes
 * stacks name the learner's code, so we can pick its frame out of frames
 * from the engine or the runner.
 */

export { SOURCE_URL };
const FRAME = /learner\.ts:(\d+):(\d+)/;

let measuredOffset: number | undefined;

/** Lines the module wrapper adds above the body (0 if it cannot be measured). */
export function lineOffset(): number {
  if (measuredOffset !== undefined) return measuredOffset;
  let offset = 0;
  try {
    compileInCompartment(createLearnerCompartment(), 'throw new Error("probe");')({}, () => undefined);
  } catch (probe) {
    const match = probe instanceof Error && probe.stack ? FRAME.exec(probe.stack) : null;
    if (match) offset = Number(match[1]) - 1;
  }
  measuredOffset = offset;
  return offset;
}

/** 1-based line and column in the learner's source, if the stack names it. */
export function learnerPosition(caught: unknown, columns: LineSegments): { line: number; column: number } | undefined {
  const stack = caught instanceof Error ? caught.stack : undefined;
  if (!stack) return undefined;
  const match = FRAME.exec(stack);
  if (!match) return undefined;
  const line = Number(match[1]) - lineOffset();
  if (line < 1) return undefined;
  return { line, column: mapColumn(columns, line, Number(match[2])) };
}

/** The message of anything thrown, in one line. */
export function thrownMessage(caught: unknown): string {
  if (caught instanceof Error) return `${caught.name === 'Error' ? '' : `${caught.name}: `}${caught.message}`;
  try {
    return `A value was thrown: ${String(caught)}`;
  } catch {
    return 'A value was thrown that cannot be shown.';
  }
}

/** A runtime RunnerError with the learner's line, and the event when folding. */
export function runtimeError(
  caught: unknown,
  columns: LineSegments,
  where: string,
  event?: { index: number; type: string },
): RunnerError {
  const position = learnerPosition(caught, columns);
  const at = position ? ` at line ${position.line}, column ${position.column}` : '';
  // Counted from 1, as every event list on the site numbers them.
  const onEvent = event ? ` on event ${event.index + 1} (${event.type})` : '';
  const error: RunnerError = {
    kind: 'runtime',
    message: `${where} threw${onEvent}${at}: ${thrownMessage(caught)}`,
  };
  if (position) {
    error.line = position.line;
    error.column = position.column;
  }
  if (event) {
    error.eventIndex = event.index;
    error.eventType = event.type;
  }
  return error;
}
