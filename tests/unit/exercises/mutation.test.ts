// A mutant is the solution with a few lines replaced; these are the rules that
// keep a mutant honest when the solution changes under it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyMutation } from '../../../playground/exercises/mutation.ts';

const solution = ['function limit(held) {', '  if (held >= 4) {', '    throw new Error("four");', '  }', '  return held;', '}'].join('\n');

test('an edit replaces whole lines where they are, leaving the rest as it was', () => {
  const wrong = applyMutation(solution, [{ replace: ['  if (held >= 4) {'], with: ['  if (held > 4) {'] }]);
  assert.equal(wrong, solution.replace('>= 4', '> 4'));
});

test('edits can delete lines and are applied in the order of the solution, whatever their order', () => {
  const wrong = applyMutation(solution, [
    { replace: ['  return held;'], with: ['  return 0;'] },
    { replace: ['  if (held >= 4) {', '    throw new Error("four");', '  }'], with: [] },
  ]);
  assert.equal(wrong, ['function limit(held) {', '  return 0;', '}'].join('\n'));
});

test('an edit whose lines are no longer in the solution says so, instead of testing nothing', () => {
  assert.throws(() => applyMutation(solution, [{ replace: ['  if (held > 9) {'], with: [] }]), /edit 1 .* is not in solution\.ts/);
});

test('a line must match whole: part of a line is not a match', () => {
  assert.throws(() => applyMutation(solution, [{ replace: ['held >= 4'], with: [] }]), /is not in solution\.ts/);
});

test('an edit that matches twice, or overlaps another, is refused', () => {
  const twice = `${solution}\n${solution}`;
  assert.throws(() => applyMutation(twice, [{ replace: ['  return held;'], with: [] }]), /is in solution\.ts 2 times/);
  assert.throws(
    () =>
      applyMutation(solution, [
        { replace: ['  if (held >= 4) {', '    throw new Error("four");'], with: [] },
        { replace: ['    throw new Error("four");', '  }'], with: [] },
      ]),
    /overlaps/,
  );
});
