import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bylineParts } from '../../src/components/slide/talk-byline.ts';
import { talk } from '../../src/talk.config.ts';

test('the title slide shows no byline while the config is empty, as shipped', () => {
  assert.equal(talk.speaker, '');
  assert.equal(talk.event, '');
  assert.deepEqual(bylineParts(talk), []);
});

test('the byline shows what is filled in, speaker first, and nothing for a blank field', () => {
  assert.deepEqual(bylineParts({ speaker: 'Ada Lovelace', event: 'Example Conf 2027' }), ['Ada Lovelace', 'Example Conf 2027']);
  assert.deepEqual(bylineParts({ speaker: '  ', event: 'Example Conf 2027' }), ['Example Conf 2027']);
  assert.deepEqual(bylineParts({ speaker: 'Ada Lovelace', event: '' }), ['Ada Lovelace']);
});
