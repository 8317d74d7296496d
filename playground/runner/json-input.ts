import type { Message, RunnerError } from './protocol.ts';
import { describeNotMessage, isMessage } from './guards.ts';
import { positionOf } from './transpile.ts';

/**
 * Events arrive as JSON text typed by a learner. JSON.parse's messages differ
 * per browser and only some name a line, so on failure a small scanner walks
 * the text to find the first offending character and says what it expected,
 * with the line and column the editor can mark.
 */

export type JsonResult = { ok: true; value: unknown } | { ok: false; error: RunnerError };

class JsonSyntax extends Error {
  readonly offset: number;
  constructor(message: string, offset: number) {
    super(message);
    this.offset = offset;
  }
}

function describeChar(text: string, at: number): string {
  if (at >= text.length) return 'the end of the text';
  const char = text[at] ?? '';
  return /\s/.test(char) ? 'a space' : `"${char}"`;
}

/** Walks JSON grammar; throws JsonSyntax at the first problem. */
function scan(text: string): void {
  let i = 0;
  const ws = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i] ?? '')) i += 1;
  };
  const expect = (what: string): never => {
    throw new JsonSyntax(`Expected ${what} but found ${describeChar(text, i)}`, i);
  };
  const string = (): void => {
    i += 1; // opening quote
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 34) { i += 1; return; }
      if (c < 32) throw new JsonSyntax('A line break or control character inside a string (close the string with " first)', i);
      if (c === 92) {
        const next = text[i + 1] ?? '';
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) throw new JsonSyntax('Invalid \\u escape in a string', i);
          i += 6;
          continue;
        }
        if (!'"\\/bfnrt'.includes(next) || next === '') throw new JsonSyntax(`Invalid escape "\\${next}" in a string`, i);
        i += 2;
        continue;
      }
      i += 1;
    }
    throw new JsonSyntax('A string is not closed (missing ")', i);
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') {
      i += 1; ws();
      if (text[i] === '}') { i += 1; return; }
      for (;;) {
        ws();
        if (text[i] !== '"') expect(text[i] === "'" ? 'a property name in double quotes (JSON has no single quotes)' : 'a property name in double quotes');
        string(); ws();
        if (text[i] !== ':') expect('":" after the property name');
        i += 1;
        value(); ws();
        if (text[i] === ',') {
          i += 1; ws();
          if (text[i] === '}') expect('another property after "," (JSON allows no trailing comma)');
          continue;
        }
        if (text[i] === '}') { i += 1; return; }
        expect('"," or "}" after a property value');
      }
    }
    if (c === '[') {
      i += 1; ws();
      if (text[i] === ']') { i += 1; return; }
      for (;;) {
        value(); ws();
        if (text[i] === ',') {
          i += 1; ws();
          if (text[i] === ']') expect('another value after "," (JSON allows no trailing comma)');
          continue;
        }
        if (text[i] === ']') { i += 1; return; }
        expect('"," or "]" after a value in a list');
      }
    }
    if (c === '"') return string();
    const literal = /^(true|false|null|-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?)/.exec(text.slice(i, i + 400));
    if (literal) { i += literal[0].length; return; }
    expect(c === "'" ? 'a value (strings need double quotes in JSON)' : 'a value (object, list, string, number, true, false or null)');
  };
  value();
  ws();
  if (i < text.length) expect('the end of the JSON');
}

export function parseJson(text: string): JsonResult {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (parseError) {
    try {
      scan(text);
    } catch (caught) {
      if (caught instanceof JsonSyntax) {
        const { line, column } = positionOf(text, caught.offset);
        return {
          ok: false,
          error: { kind: 'invalid-input', message: `The events are not valid JSON: ${caught.message} at line ${line}, column ${column}.`, line, column },
        };
      }
      if (caught instanceof RangeError) {
        return { ok: false, error: { kind: 'invalid-input', message: 'The events JSON is nested too deeply to read.' } };
      }
    }
    // The scanner found nothing but JSON.parse refused (should not happen): pass its words on.
    const message = parseError instanceof Error ? parseError.message : String(parseError);
    return { ok: false, error: { kind: 'invalid-input', message: `The events are not valid JSON: ${message}` } };
  }
}

/** Checks a parsed value is a list of events; names the first bad one. */
export function toEvents(value: unknown): { ok: true; events: Message[] } | { ok: false; error: RunnerError } {
  if (!Array.isArray(value)) {
    return { ok: false, error: { kind: 'invalid-input', message: 'The events should be a JSON list: [ { "type": "...", "data": {...} }, ... ].' } };
  }
  const events: Message[] = [];
  for (const [index, item] of value.entries()) {
    if (!isMessage(item)) {
      const problem = describeNotMessage(item, `Event ${index + 1} (index ${index})`) ?? `Event ${index + 1} is not an event.`;
      return { ok: false, error: { kind: 'invalid-input', message: problem, eventIndex: index } };
    }
    events.push(item);
  }
  return { ok: true, events };
}
