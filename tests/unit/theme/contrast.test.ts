// The theme's colours meet WCAG AA in light and in dark, measured from
// src/styles/theme.css itself: every text colour on every surface it is shown
// on, the focus ring and diagram strokes at 3:1, and the dark theme written
// the same for the system preference and for the toggle.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { contrast, mix, tokensOf, type Rgb } from './wcag.ts';
import { EVENT_COLOR_COUNT, typeColorSlot } from '../../../src/components/viz/event-colors.ts';

const css = readFileSync(new URL('../../../src/styles/theme.css', import.meta.url), 'utf8');
const themes = {
  light: tokensOf(css, ':root'),
  dark: tokensOf(css, ":root[data-theme='dark']"),
};
const eventTokens = Array.from({ length: EVENT_COLOR_COUNT }, (_, i) => `ev-${i}`);
const textTokens = ['fg', 'muted', 'accent', 'accent-2', 'ok', 'danger', ...eventTokens];

function get(theme: Map<string, Rgb>, name: string): Rgb {
  const c = theme.get(name);
  assert.ok(c, `token --${name} is missing`);
  return c;
}

for (const [name, t] of Object.entries(themes)) {
  test(`${name}: every text colour is AA (4.5:1) on the page and on surfaces`, (ctx) => {
    const bg = get(t, 'bg');
    const grounds: [string, Rgb][] = [
      ['bg', bg],
      ['surface', get(t, 'surface')],
      // The current event row and the "just changed" highlight (playground, exercises, demos).
      ['current row', mix(get(t, 'accent'), 16, bg)],
      ['changed', mix(get(t, 'accent-2'), 20, bg)],
      ['notice', mix(get(t, 'accent-2'), 8, bg)],
    ];
    const low: string[] = [];
    for (const text of textTokens) {
      const ratios = grounds.map(([g, c]) => [g, contrast(get(t, text), c)] as const);
      ctx.diagnostic(`--${text}: ${ratios.map(([g, r]) => `${g} ${r.toFixed(2)}`).join(', ')}`);
      for (const [g, r] of ratios) if (r < 4.5) low.push(`--${text} on ${g}: ${r.toFixed(2)}`);
    }
    assert.deepEqual(low, []);
  });

  test(`${name}: text on the accent, the focus ring and diagram strokes`, () => {
    assert.ok(contrast(get(t, 'on-accent'), get(t, 'accent')) >= 4.5, 'on-accent on accent');
    for (const token of ['focus', 'stroke']) {
      for (const ground of ['bg', 'surface']) {
        const r = contrast(get(t, token), get(t, ground));
        assert.ok(r >= 3, `--${token} on --${ground}: ${r.toFixed(2)} < 3`);
      }
    }
  });

  test(`${name}: event colours are told apart from each other and from plain text`, () => {
    const colours = eventTokens.map((e) => get(t, e).join());
    assert.equal(new Set(colours).size, EVENT_COLOR_COUNT);
    assert.ok(!colours.includes(get(t, 'fg').join()));
  });
}

test('the dark theme is the same for the system preference and for the toggle', () => {
  const media = css.slice(css.indexOf('@media (prefers-color-scheme: dark)'));
  const system = tokensOf(media, ":root:not([data-theme='light'])");
  assert.deepEqual([...system.entries()], [...themes.dark.entries()]);
  assert.deepEqual([...themes.light.keys()].sort(), [...themes.dark.keys()].sort(), 'both themes define the same tokens');
});

test('a type always gets the same event colour, and types spread over all of them', () => {
  assert.equal(typeColorSlot('MoneyDeposited'), typeColorSlot('MoneyDeposited'));
  const slots = new Set(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P'].map((s) => typeColorSlot(`${s}Happened`)));
  assert.ok(slots.size >= 7, `only ${slots.size} colours used by 16 types`);
  for (const s of slots) assert.ok(s >= 0 && s < EVENT_COLOR_COUNT);
});
