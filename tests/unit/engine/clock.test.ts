import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createManualClock, createTickingClock, systemClock } from '../../../playground/engine/index.ts';

test('a manual clock moves only when told', () => {
  const clock = createManualClock(1000);
  assert.equal(clock.now(), 1000);
  assert.equal(clock.now(), 1000);
  clock.advance(500);
  assert.equal(clock.now(), 1500);
  clock.set(0);
  assert.equal(clock.now(), 0);
});

test('a ticking clock gives distinct, predictable times', () => {
  const clock = createTickingClock(0, 10);
  assert.deepEqual([clock.now(), clock.now(), clock.now()], [0, 10, 20]);
});

test('the system clock is real time', () => {
  const before = Date.now();
  const now = systemClock.now();
  assert.ok(now >= before && now <= Date.now());
});
