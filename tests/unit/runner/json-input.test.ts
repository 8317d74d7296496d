// Invalid events JSON says where (line and column) and what was expected.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseJson, toEvents } from '../../../playground/runner/json-input.ts';

const cases: Array<[string, string, number, number, RegExp]> = [
  ['missing comma', '[\n  {"type": "A", "data": 1}\n  {"type": "B", "data": 2}\n]', 3, 3, /"," or "]"/],
  ['missing comma between properties', '[{"type": "A"\n "data": 1}]', 2, 2, /"," or "}"/],
  ['trailing comma', '[\n {"type": "A", "data": 1},\n]', 3, 1, /no trailing comma/],
  ['single quotes', "[{'type': 'A'}]", 1, 3, /double quotes/],
  ['unclosed string', '[{"type": "A\n"}]', 1, 13, /string/],
  ['bare word', '[{"type": nope}]', 1, 11, /a value/],
  ['empty text', '', 1, 1, /a value/],
  ['text after the list', '[]\n]', 2, 1, /end of the JSON/],
];

for (const [name, text, line, column, words] of cases) {
  test(`invalid JSON (${name}) names line ${line}, column ${column}`, () => {
    const out = parseJson(text);
    assert.equal(out.ok, false);
    if (out.ok) return;
    assert.equal(out.error.kind, 'invalid-input');
    assert.equal(out.error.line, line);
    assert.equal(out.error.column, column);
    assert.match(out.error.message, words);
    assert.match(out.error.message, new RegExp(`line ${line}, column ${column}`));
  });
}

test('valid JSON parses as JSON.parse does', () => {
  const text = '[{"type":"A","data":{"x":[1,2.5e3,-0.5,true,null,"\\u00e9\\n"]}}]';
  const out = parseJson(text);
  assert.ok(out.ok);
  if (out.ok) assert.deepEqual(out.value, JSON.parse(text));
});

test('a list whose item is not an event names the item', () => {
  const out = toEvents([{ type: 'A', data: 1 }, { data: 2 }]);
  assert.equal(out.ok, false);
  if (out.ok) return;
  assert.equal(out.error.eventIndex, 1);
  assert.match(out.error.message, /Event 2 \(index 1\) has no "type"/);
  const notList = toEvents({ type: 'A' });
  assert.equal(notList.ok, false);
  const badMeta = toEvents([{ type: 'A', data: 1, metadata: { streamVersion: 'one' } }]);
  assert.equal(badMeta.ok, false);
  if (!badMeta.ok) assert.match(badMeta.error.message, /metadata\.streamVersion/);
});
