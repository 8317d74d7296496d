import { transform } from 'sucrase';
import type { RunnerError } from './protocol.ts';
import { decodeMappings, type LineSegments } from './source-map.ts';

/**
 * TypeScript to JavaScript in the worker with sucrase, not with a full
 * TypeScript compiler:
 * - Monaco already ships the TypeScript compiler for the editor's squiggles;
 *   a second copy in the worker would add megabytes for no new insight.
 * - Sucrase only strips types and rewrites `import`/`export` to
 *   `require`/`exports`, in about a millisecond, and it PRESERVES LINE
 *   NUMBERS: line 7 of the output is line 7 of the learner's source, so a
 *   runtime error's line maps straight back to what the learner wrote. Only
 *   columns move, and its token-level source map puts them back.
 * Type errors are not its job: Monaco shows them while typing.
 */

export interface Transpiled {
  ok: true;
  code: string;
  /** Column map, generated -> source, per line. */
  columns: LineSegments;
}

export type TranspileResult = Transpiled | { ok: false; error: RunnerError };

/** 1-based line and column of a character offset. */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i += 1) {
    if (text.charCodeAt(i) === 10) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

export function transpile(source: string): TranspileResult {
  try {
    const output = transform(source, {
      transforms: ['typescript', 'imports'],
      filePath: 'learner.ts',
      sourceMapOptions: { compiledFilename: 'learner.js' },
      // Keep `import type` erasure and `export type` exact as TypeScript does.
      disableESTransforms: true,
      // Left as written, so the compartment refuses it at compile time with a
      // message, instead of a rejected promise nobody sees.
      preserveDynamicImport: true,
    });
    const columns = output.sourceMap ? decodeMappings(output.sourceMap.mappings) : [];
    return { ok: true, code: output.code, columns: exactWhereUnchanged(columns, source, output.code) };
  } catch (caught) {
    return { ok: false, error: compileError(source, caught) };
  }
}

/**
 * A line sucrase left as it was needs no map, and its map can be wrong:
 * each `${` of a template literal shifts sucrase's columns by one. So those
 * lines map to themselves (no segments: mapColumn returns the column as is).
 */
function exactWhereUnchanged(columns: LineSegments, source: string, code: string): LineSegments {
  const sourceLines = source.split('\n');
  const codeLines = code.split('\n');
  return columns.map((segments, index) => (sourceLines[index] === codeLines[index] ? [] : segments));
}

function compileError(source: string, caught: unknown): RunnerError {
  const raw = caught instanceof Error ? caught.message : String(caught);
  // Sucrase appends "(line:column)" to its messages; we report position as fields.
  const message = raw.replace(/^Error transforming [^:]*:\s*/, '').replace(/\s*\(\d+:\d+\)\s*$/, '');
  const pos = caught !== null && typeof caught === 'object' && 'pos' in caught && typeof caught.pos === 'number' ? caught.pos : undefined;
  if (pos === undefined) return { kind: 'compile', message: `Your code could not be read: ${message}` };
  const { line, column } = positionOf(source, pos);
  return { kind: 'compile', message: `${message} (line ${line}, column ${column}).`, line, column };
}
