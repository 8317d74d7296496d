// Read models in the worker: async projections that trail the log, and a
// rebuild that replays from event 0 and reports its progress.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createSession } from '../../../playground/runner/session.ts';
import { account, random, stream } from './session-fixtures.ts';

test('projections at k: a lagging projection fell behind, with its checkpoint', () => {
  const session = createSession();
  session.load(account);
  const events = stream(40, random(4));
  session.setEvents(events);
  const now = session.projectionsAt(40, { lag: { deposits: 5 } });
  assert.ok(now.ok);
  if (!now.ok) return;
  const [deposits, total] = now.projections;
  assert.equal(deposits?.status, 'fellBehind');
  assert.equal(deposits?.checkpoint, 35);
  assert.equal(deposits?.view, events.slice(0, 35).filter((e) => e.type === 'Deposited').length);
  assert.equal(total?.status, 'caughtUp');
  assert.equal(total?.checkpoint, 40);
});

test('a rebuilt projection equals the inline one and reports progress', () => {
  const session = createSession();
  session.load(account);
  session.setEvents(stream(1000, random(5)));
  const inline = session.projectionsAt(1000);
  const progress: number[] = [];
  const rebuilt = session.rebuildProjection('total', { every: 100 }, (p) => progress.push(p.position));
  assert.ok(inline.ok && rebuilt.ok);
  if (!inline.ok || !rebuilt.ok) return;
  assert.deepEqual(rebuilt.view, inline.projections[1]?.view);
  assert.equal(rebuilt.eventsReplayed, 1000);
  assert.equal(progress[0], 0);
  assert.equal(progress.at(-1), 1000);
  assert.ok(progress.length >= 10);
  const unknown = session.rebuildProjection('nope');
  assert.equal(unknown.ok, false);
});
