import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Event } from '../../playground/engine/types.ts';
test('types strip', () => { const e: Event = { type: 'A', data: 1 }; assert.equal(e.type, 'A'); });
