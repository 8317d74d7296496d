// The deck's key map and step URLs: the public contract of design.md (a
// presenter's clicker sends PageUp/PageDown; keys typed into fields stay there).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actionForKey, deckMayTake, type ClosestCapable } from '../../src/components/deck/client/keys.ts';
import { slideFromPath, slideUrl, stepFromSearch } from '../../src/components/deck/client/steps.ts';
import { linkify, noteParagraphs } from '../../src/components/deck/notes-text.ts';

const press = (key: string, mods: Partial<Record<'shiftKey' | 'ctrlKey' | 'altKey' | 'metaKey', boolean>> = {}) =>
  actionForKey({ key, shiftKey: false, ctrlKey: false, altKey: false, metaKey: false, ...mods });

test('next and previous keys, clicker keys included', () => {
  for (const k of ['ArrowRight', 'ArrowDown', ' ', 'PageDown']) assert.equal(press(k), 'next', k);
  for (const k of ['ArrowLeft', 'ArrowUp', 'PageUp']) assert.equal(press(k), 'prev', k);
  assert.equal(press(' ', { shiftKey: true }), 'prev');
  assert.equal(press('Home'), 'first');
  assert.equal(press('End'), 'last');
});

test('tool keys, and modifiers leave keys to the browser', () => {
  assert.equal(press('o'), 'overview');
  assert.equal(press('g'), 'goto');
  assert.equal(press('s'), 'presenter');
  assert.equal(press('f'), 'fullscreen');
  assert.equal(press('b'), 'blackout');
  assert.equal(press('?', { shiftKey: true }), 'help');
  assert.equal(press('O', { shiftKey: true }), null);
  assert.equal(press('ArrowRight', { altKey: true }), null);
  assert.equal(press('f', { ctrlKey: true }), null);
  assert.equal(press('x'), null);
});

/** A stand-in element: matches when the selector lists one of its own selectors. */
const el = (...matches: string[]): ClosestCapable => ({
  closest: (selector: string) => (matches.some((m) => selector.split(/,\s*/).includes(m)) ? {} : null),
});

test('fields, editors and ignore zones keep their keys', () => {
  assert.equal(deckMayTake('ArrowRight', el('input')), false);
  assert.equal(deckMayTake('ArrowRight', el('textarea')), false);
  assert.equal(deckMayTake(' ', el('.monaco-editor')), false);
  assert.equal(deckMayTake('ArrowRight', el('[data-deck-keys="ignore"]')), false);
  assert.equal(deckMayTake(' ', el('button')), false, 'Space presses a focused button');
  assert.equal(deckMayTake('ArrowRight', el('button')), true);
  assert.equal(deckMayTake('ArrowRight', null), true);
});

// Chromium moves focus off a field in a just-closed dialog only at its next
// frame: a "?" pressed right after Escape closed Go to still targets its input.
test('a field inside a closed dialog no longer owns the keys', () => {
  assert.equal(deckMayTake('?', el('input', 'dialog:not([open])')), true);
  assert.equal(deckMayTake('ArrowRight', el('input', 'dialog:not([open])')), true);
  assert.equal(deckMayTake('?', el('input', 'dialog[open]')), false);
});

test('step in the URL: absent is 0, clamped, malformed ignored', () => {
  assert.equal(stepFromSearch('', 3), 0);
  assert.equal(stepFromSearch('?step=2', 3), 2);
  assert.equal(stepFromSearch('?step=9', 3), 3);
  assert.equal(stepFromSearch('?step=-1', 3), 0);
  assert.equal(stepFromSearch('?step=abc', 3), 0);
  assert.equal(slideUrl(4, 0), '/slides/4');
  assert.equal(slideUrl(4, 2), '/slides/4?step=2');
  assert.equal(slideFromPath('/slides/12'), 12);
  assert.equal(slideFromPath('/slides/12/'), 12);
  assert.equal(slideFromPath('/read'), null);
});

test('notes: paragraphs, bare URLs and Markdown links become links', () => {
  const paras = noteParagraphs('First line\ncontinues.\n\nSee https://example.com/a_b. Then [Emmett](https://event-driven.io/emmett).');
  assert.equal(paras.length, 2);
  assert.deepEqual(paras[0], [{ text: 'First line continues.' }]);
  assert.deepEqual(paras[1], [
    { text: 'See ' },
    { text: 'https://example.com/a_b', href: 'https://example.com/a_b' },
    { text: '. Then ' },
    { text: 'Emmett', href: 'https://event-driven.io/emmett' },
    { text: '.' },
  ]);
  assert.deepEqual(linkify('(https://x.org/y)'), [{ text: '(' }, { text: 'https://x.org/y', href: 'https://x.org/y' }, { text: ')' }]);
});
