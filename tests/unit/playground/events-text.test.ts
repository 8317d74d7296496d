import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendToJsonArrayText, formatEvents } from '../../../src/components/playground/events-text.ts';

const event = { type: 'Incremented', data: { amount: 1 } };

test('appended events keep the learner text before them', () => {
  const text = '[\n  {"type":"A","data":{}}   // hand formatted\n]\n';
  const next = appendToJsonArrayText('[\n  {"type":"A","data":{}}\n]\n', [event]);
  assert.deepEqual(JSON.parse(next), [{ type: 'A', data: {} }, event]);
  assert.ok(appendToJsonArrayText(text, [event]).startsWith('[\n  {"type":"A","data":{}}   // hand formatted'));
});

test('appending to an empty array or empty text gives valid JSON', () => {
  assert.deepEqual(JSON.parse(appendToJsonArrayText('[]', [event, event])), [event, event]);
  assert.deepEqual(JSON.parse(appendToJsonArrayText('', [event])), [event]);
});

test('formatEvents prints one event per line', () => {
  const text = formatEvents([event, event]);
  assert.equal(text.split('\n').length, 5);
  assert.deepEqual(JSON.parse(text), [event, event]);
  assert.equal(formatEvents([]), '[]\n');
});

test('the page parses the editor text into events, or keeps null for text that is not an array', async () => {
  const { parseEvents } = await import('../../../src/components/playground/events-text.ts');
  assert.deepEqual(parseEvents('[{"type":"A","data":{}}]'), [{ type: 'A', data: {} }]);
  assert.equal(parseEvents('[{"type":'), null);
  assert.equal(parseEvents('{"type":"A"}'), null);
});
