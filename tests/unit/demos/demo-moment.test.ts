// A demo's moment lists the event its words count: the race's "version 28" is event #28 in the list.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { demoMoment } from '../../../src/components/demos/demo-moment.ts';
import { currentEvent } from '../../../src/components/moment/panels/event.ts';
import { eventRows } from '../../../src/components/moment/panels/events.ts';
import { DEMO_WINDOW } from '../../../src/components/demos/modes.ts';
import type { EventLike } from '../../../src/components/demos/kinds.ts';

const events = JSON.parse(readFileSync(new URL('../../../playground/examples/ticketfly-seats/events.json', import.meta.url), 'utf8')) as EventLike[];

test('the race lists the hold that won as the event its version counts', () => {
  const held: EventLike = { type: 'SeatHeld', data: { seat: 'C4', buyer: 'maria.g' }, metadata: { by: 'web:maria.g' } };
  const before = demoMoment('ticketfly', { position: 0, events, state: null, race: [] });
  assert.equal(before.stream?.applied, events.length);
  assert.equal(currentEvent(before)?.heading, `Event ${events.length} of ${events.length}`);
  const after = demoMoment('ticketfly', { position: 1, events, state: null, race: [] }, [held]);
  const version = events.length + 1;
  const rows = eventRows(after.stream!, DEMO_WINDOW, 0);
  assert.equal(rows.at(-1)?.n, version, 'the list ends at the new version');
  assert.deepEqual(rows.filter((r) => r.current).map((r) => `${r.n} ${r.type}`), [`${version} SeatHeld`]);
  assert.equal(currentEvent(after)?.heading, `Event ${version} of ${version}`);
  assert.deepEqual(currentEvent(after)?.fields.map((f) => f.value), ['C4', 'maria.g', 'web:maria.g'], 'the whole event, never cut');
});

test('time travel counts events from 1: at position k the current event is #k', () => {
  const m = demoMoment('counter', { position: 3, events, state: {} });
  assert.deepEqual(eventRows(m.stream!, DEMO_WINDOW, 0).filter((r) => r.current).map((r) => r.n), [3]);
  assert.equal(currentEvent(m)?.heading, `Event 3 of ${events.length}`);
});
