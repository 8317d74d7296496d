/**
 * A tiny reader for the source maps sucrase writes. Sucrase keeps every line
 * on its own line, so only columns move (types removed, `DomainError` becomes
 * `_engine.DomainError`). We keep, per generated line, the segments
 * (generated column -> source column) and map a column by the nearest segment
 * at or before it. About 40 lines instead of a source-map dependency.
 */

/** Per generated line (0-based), sorted pairs [generatedColumn, sourceColumn], 0-based. */
export type LineSegments = Array<Array<[number, number]>>;

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function decodeVlq(segment: string): number[] {
  const values: number[] = [];
  let shift = 0;
  let value = 0;
  for (const char of segment) {
    const digit = BASE64.indexOf(char);
    if (digit < 0) return values;
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/** Decodes `mappings`; source lines are ignored because sucrase preserves them. */
export function decodeMappings(mappings: string): LineSegments {
  const lines: LineSegments = [];
  let sourceColumn = 0;
  for (const lineText of mappings.split(';')) {
    const segments: Array<[number, number]> = [];
    let generatedColumn = 0;
    for (const segmentText of lineText.split(',')) {
      if (!segmentText) continue;
      const fields = decodeVlq(segmentText);
      generatedColumn += fields[0] ?? 0;
      if (fields.length >= 4) {
        sourceColumn += fields[3] ?? 0;
        segments.push([generatedColumn, sourceColumn]);
      }
    }
    lines.push(segments);
  }
  return lines;
}

/** Maps a 1-based generated column on a 1-based line to a 1-based source column. */
export function mapColumn(lines: LineSegments, line: number, column: number): number {
  const segments = lines[line - 1];
  if (!segments || segments.length === 0) return column;
  const target = column - 1;
  let best: [number, number] | undefined;
  for (const segment of segments) {
    if (segment[0] <= target) best = segment;
    else break;
  }
  if (!best) return column;
  return best[1] + (target - best[0]) + 1;
}
