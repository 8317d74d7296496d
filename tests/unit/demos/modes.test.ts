// The demo controls' one record per mode: the printed slide and the live demo read
// the same numbers from it, so its rules are checked here once for every stream length.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO_WINDOW, MODES, viewEvents, viewLag } from '../../../src/components/demos/modes.ts';
import { eventWindow } from '../../../src/components/moment/panels/events.ts';
import { DEMOS, factsFor } from '../../../src/components/demos/kinds.ts';

const counts = [0, 1, 5, 12, 22, 40];

test('every mode rests inside its range, and shows only events that exist', () => {
  for (const [mode, rule] of Object.entries(MODES)) {
    for (const count of counts) {
      const max = rule.max(count);
      const rest = rule.rest(count);
      assert.ok(rest >= 0 && rest <= max, `${mode} at ${count} events rests at ${rest} of ${max}`);
      for (let p = 0; p <= max; p += 1) {
        const applied = rule.applied(p, count);
        const state = rule.stateAt(p, count);
        assert.ok(applied >= 0 && applied <= count, `${mode}: ${applied} applied of ${count}`);
        assert.ok(state >= 0 && state <= count, `${mode}: state after ${state} of ${count}`);
        const view = rule.view(p, count);
        if (view) assert.ok(viewEvents(view) >= 0 && viewEvents(view) <= count, `${mode}: view of ${viewEvents(view)} events`);
      }
    }
  }
});

test('a lagging read side trails the complete write side by the control', () => {
  const lag = MODES.lag;
  assert.deepEqual(lag.view(4, 22), { at: 22, lag: 4 });
  assert.equal(viewEvents({ at: 22, lag: 4 }), 18);
  assert.equal(lag.stateAt(4, 22), 22, 'the write side is complete');
  assert.equal(lag.applied(4, 22), 18, 'the event list fades what the read side has not seen');
  assert.equal(lag.max(40), 12);
  assert.equal(lag.label(1, 12), '1 event behind');
  assert.equal(lag.label(6, 12), '6 events behind');
});

test('time travel and rebuild count events; the race counts its steps', () => {
  assert.equal(MODES.travel.label(7, 22), '7 / 22');
  assert.equal(MODES.travel.stateAt(7, 22), 7);
  assert.deepEqual(MODES.rebuild.view(7, 22), { at: 7, lag: 0 });
  assert.equal(MODES.race.max(22), 3);
  assert.equal(MODES.race.label(2, 3), 'step 2 of 3');
});

test('the lag asked of the runner puts the read model where each mode wants it', () => {
  assert.equal(viewLag(MODES.travel, 7, 22), 0, 'time travel shows no read model');
  assert.equal(viewLag(MODES.lag, 4, 22), 4, 'the read side trails the complete write side');
  assert.equal(viewLag(MODES.rebuild, 7, 22), 15, 'a rebuild has replayed 7 of 22 events');
});

test('the lag demo names the seats the read side is stale on, in the seat map’s letters', () => {
  const state = { seats: { C1: { status: 'sold' }, C2: { status: 'available' }, C3: { status: 'held' } } };
  const stale = factsFor('faq-lag', { position: 2, events: [], state, view: { C: 'oox' } });
  assert.deepEqual(stale.map((f) => f.label), ['Write side: seats sold', 'Read side (seat map): seats sold', 'Inconsistent']);
  assert.match(stale[2]?.value ?? '', /C1 \(free, really sold\), C3 \(sold, really held\)/);
  const caughtUp = factsFor('faq-lag', { position: 0, events: [], state, view: { C: 'xoh' } });
  assert.equal(caughtUp[2]?.label, 'Consistent');
});

test('every demo\'s words survive a moment with no state yet (read defensively, never thrown)', () => {
  for (const spec of Object.values(DEMOS)) {
    assert.ok(Array.isArray(factsFor(spec.id, { position: 0, events: [], state: null })), spec.id);
  }
});

test('the event list shows a few rows with the current event in sight, at build and live alike', () => {
  for (const count of [3, 9, 22, 40]) {
    for (let applied = 0; applied <= count; applied += 1) {
      const { from, to } = eventWindow(applied, count, DEMO_WINDOW);
      assert.ok(from >= 0 && from <= Math.max(0, applied - 1), `${applied}/${count}: starts at ${from}`);
      assert.ok(to >= applied && to - from === Math.min(DEMO_WINDOW, count), `${applied}/${count}: ends at ${to}`);
    }
  }
});
