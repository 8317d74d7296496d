import { test } from 'node:test';
import assert from 'node:assert/strict';
import { embedUrl, iframeSnippet, readEmbedOptions } from '../../../src/components/exercise/embed-snippet.ts';

const origin = 'https://trainer.example';

test('embed URLs carry only the options that differ from the defaults', () => {
  assert.equal(embedUrl(origin, 'snapshots', { hideSolution: false, theme: 'auto' }), 'https://trainer.example/embed/exercises/snapshots');
  assert.equal(
    embedUrl(origin, 'snapshots', { hideSolution: true, theme: 'dark' }),
    'https://trainer.example/embed/exercises/snapshots?solution=hidden&theme=dark',
  );
});

test('the iframe snippet escapes the title and is 600 px high', () => {
  const snippet = iframeSnippet(origin, 'upcasting', 'Say "hi" <b>', { hideSolution: true, theme: 'light' });
  assert.match(snippet, /height="600"/);
  assert.match(snippet, /title="Exercise: Say &quot;hi&quot; &lt;b&gt;"/);
  assert.match(snippet, /src="https:\/\/trainer\.example\/embed\/exercises\/upcasting\?solution=hidden&amp;theme=light"/);
});

test('query options are read defensively', () => {
  assert.deepEqual(readEmbedOptions('?solution=hidden&theme=dark'), { hideSolution: true, theme: 'dark' });
  assert.deepEqual(readEmbedOptions('?solution=shown&theme=<script>'), { hideSolution: false, theme: 'auto' });
});
