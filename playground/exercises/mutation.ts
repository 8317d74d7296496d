/**
 * A mutant is a known-wrong answer to an exercise: the solution with a few
 * lines replaced, the way a learner might get it wrong. Kept as edits rather
 * than as a copy of the solution, so the mistake reads as the diff itself,
 * and a later change to the solution either carries into every mutant or
 * fails loudly where a mutant no longer applies (instead of mutants quietly
 * testing an old solution).
 */
export interface LineEdit {
  /** Whole lines of solution.ts, in order; they must occur there exactly once. */
  readonly replace: readonly string[];
  /** The lines that take their place (empty to delete them). */
  readonly with: readonly string[];
}

export type Mutation = readonly LineEdit[];

/** Where `block` starts in `lines`, every place it does, as whole lines. */
function placesOf(lines: readonly string[], block: readonly string[]): number[] {
  const places: number[] = [];
  for (let start = 0; start + block.length <= lines.length; start++) {
    if (block.every((line, offset) => lines[start + offset] === line)) places.push(start);
  }
  return places;
}

/**
 * The solution's text with every edit applied. Throws, naming the edit, when
 * a block is empty, is not in the solution, is there more than once, or
 * overlaps another edit: each of those means the mutant no longer says what
 * its first line claims.
 */
export function applyMutation(solution: string, mutation: Mutation): string {
  const lines = solution.split('\n');
  const spots = mutation.map((edit, index) => {
    if (edit.replace.length === 0) throw new Error(`edit ${index + 1} replaces no lines`);
    const places = placesOf(lines, edit.replace);
    if (places.length !== 1) {
      const said = places.length === 0 ? 'is not in solution.ts' : `is in solution.ts ${places.length} times`;
      throw new Error(`edit ${index + 1} (${JSON.stringify(edit.replace[0])}…) ${said}`);
    }
    return { start: places[0] ?? 0, edit, index };
  });
  spots.sort((a, b) => a.start - b.start);
  const out: string[] = [];
  let cursor = 0;
  for (const { start, edit, index } of spots) {
    if (start < cursor) throw new Error(`edit ${index + 1} overlaps the edit before it`);
    out.push(...lines.slice(cursor, start), ...edit.with);
    cursor = start + edit.replace.length;
  }
  out.push(...lines.slice(cursor));
  return out.join('\n');
}
