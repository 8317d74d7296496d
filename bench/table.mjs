// @ts-check
/**
 * The table a suite prints: one row per measure with its value, its target
 * and, where there is a target, pass or FAIL. Sets the exit code, so
 * `npm run bench` says when a target was missed.
 *
 * @typedef {{ measure: string; value: string; target: string; pass?: boolean }} Row
 * @param {string} heading what was measured, on what (printed above the table)
 * @param {Row[]} rows
 */
export function printTargets(heading, rows) {
  const widths = [0, 1, 2].map((c) => Math.max(...rows.map((r) => [r.measure, r.value, r.target][c]?.length ?? 0), 8));
  /** @param {string[]} cells */
  const line = (cells) => `| ${cells.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join(' | ')} |`;
  console.log(`${heading}\n`);
  console.log(`${line(['Measure', 'Value', 'Target'])} Result |`);
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|--------|`);
  for (const row of rows) {
    const mark = row.pass === undefined ? '' : row.pass ? 'pass ✓' : 'FAIL ✗';
    console.log(`${line([row.measure, row.value, row.target])} ${mark.padEnd(6)} |`);
  }
  const failed = rows.filter((row) => row.pass === false);
  console.log(failed.length ? `\n${failed.length} target(s) missed` : '\nall targets met');
  process.exitCode = failed.length ? 1 : 0;
}
