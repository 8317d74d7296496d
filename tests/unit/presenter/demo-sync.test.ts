// A live demo's shared position is last-writer-wins by a Lamport clock: every
// window must pick the same winner from the same two moves, in any order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newer } from '../../../src/components/presenter/demo-sync.ts';

test('a later clock wins, whoever sent it', () => {
  assert.equal(newer({ clock: 3, origin: 'a' }, { clock: 2, origin: 'z' }), true);
  assert.equal(newer({ clock: 2, origin: 'z' }, { clock: 3, origin: 'a' }), false);
});

test('on the same clock the window id breaks the tie, the same way in every window', () => {
  const a = { clock: 5, origin: 'k2p9' };
  const b = { clock: 5, origin: 'x0q1' };
  assert.equal(newer(b, a), true);
  assert.equal(newer(a, b), false);
});

test('a message is not newer than itself, so an echo or a re-send changes nothing', () => {
  const move = { clock: 4, origin: 'w1' };
  assert.equal(newer(move, { ...move }), false);
});

test('any two different moves are ordered one way only (a total order)', () => {
  const moves = [0, 1, 2].flatMap((clock) => ['', 'a', 'b'].map((origin) => ({ clock, origin })));
  for (const x of moves) {
    for (const y of moves) {
      if (x === y) continue;
      assert.equal(newer(x, y) !== newer(y, x), true, `${JSON.stringify(x)} vs ${JSON.stringify(y)}`);
    }
  }
});
