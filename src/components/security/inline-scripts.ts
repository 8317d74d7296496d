/**
 * The site's hand-written inline scripts, as text, in one place. Each must
 * run before first paint (so it cannot be a bundled file), and the CSP allows
 * an inline script only by the hash of its exact text. Rendering the same
 * constant the policy hashes keeps the two in step:
 *
 *   <script is:inline set:html={themeScript} />
 *
 * and Csp.astro hashes every script listed in `INLINE_SCRIPTS` by default.
 * Change a script here, never by retyping it in a layout.
 */
import { ACTIVATABLE, KEY_OWNERS } from '../deck/client/keys.ts';
import { EARLY_PRESSES } from '../deck/client/early-presses.ts';

/** Base layout: mark scripting on and apply a stored theme choice ("light"/"dark"; anything else is ignored). */
export const themeScript = `(function () {
  var d = document.documentElement;
  d.classList.add('js');
  try {
    var t = localStorage.getItem('theme');
    if (t === 'light' || t === 'dark') d.setAttribute('data-theme', t);
  } catch (e) {}
})();`;

/** Deck layout: the canvas scale, the same sum the deck script does on resize. */
export const deckScaleScript = `(function () {
  var h = window.innerHeight - 48;
  var s = Math.min(window.innerWidth / 1280, h / 720);
  document.documentElement.style.setProperty('--deck-scale', String(s > 0 ? s : 1));
})();`;

/**
 * Deck layout: next/previous presses made before the deck script has started
 * (a slow network, a busy phone) are queued here instead of lost; the deck
 * takes the queue when it starts (deck/client/early-presses.ts) and applies
 * it in order. Same key rules as the deck (keys.ts): keys typed into a field
 * are the field's, and Space on a button presses the button.
 */
export const deckEarlyKeysScript = `(function () {
  var presses = [];
  function onKey(e) {
    if (e.defaultPrevented || e.isComposing || e.ctrlKey || e.altKey || e.metaKey) return;
    var k = e.key;
    var t = e.target && e.target.closest ? e.target : null;
    if (t && t.closest(${JSON.stringify(KEY_OWNERS)})) return;
    if (t && k === ' ' && t.closest(${JSON.stringify(ACTIVATABLE)})) return;
    var press = k === 'ArrowRight' || k === 'ArrowDown' || k === 'PageDown' || (k === ' ' && !e.shiftKey) ? 'next'
      : k === 'ArrowLeft' || k === 'ArrowUp' || k === 'PageUp' || (k === ' ' && e.shiftKey) ? 'prev' : null;
    if (!press) return;
    e.preventDefault();
    presses.push(press);
  }
  document.addEventListener('keydown', onKey);
  window.${EARLY_PRESSES} = function () {
    document.removeEventListener('keydown', onKey);
    return presses.splice(0);
  };
})();`;

/** Print layout: scale slides to the window width on screen. */
export const printScaleScript = `(function () {
  var s = Math.min(1, (window.innerWidth - 32) / 1280);
  document.documentElement.style.setProperty('--print-scale', String(s > 0 ? s : 1));
})();`;

/** Embedded exercise: the trainer's ?theme= wins over the visitor's stored choice inside the frame. */
export const embedThemeScript = `(function () {
  try {
    var t = new URLSearchParams(window.location.search).get('theme');
    if (t === 'light' || t === 'dark') document.documentElement.setAttribute('data-theme', t);
  } catch (e) {}
})();`;

/**
 * Playground: "What to notice" is open on a first visit; once the reader
 * closes it, it stays closed (key 'pg-notice', value 'closed'; any other
 * value, or no storage, means open). Runs right after the element, before
 * paint, so a returning reader never sees it fold away.
 */
export const noticeScript = `(function () {
  var box = document.getElementById('pg-notice-box');
  if (!box) return;
  try {
    if (localStorage.getItem('pg-notice') === 'closed') box.open = false;
  } catch (e) {}
  box.addEventListener('toggle', function () {
    try {
      if (box.open) localStorage.removeItem('pg-notice');
      else localStorage.setItem('pg-notice', 'closed');
    } catch (e) {}
  });
})();`;

/**
 * Playground: the chosen example's code and events are asked for while the
 * page is still loading, not one round trip after its module starts. The
 * build writes their chunk URLs into #pg-example-files
 * (integrations/first-paint-preload.mjs); ?example= picks the example, as
 * the page will (an unknown one falls back to the default, as the page does).
 */
export const examplePreloadScript = `(function () {
  try {
    var map = JSON.parse(document.getElementById('pg-example-files').textContent);
    var id = new URLSearchParams(location.search).get('example');
    var own = function (key) { return typeof key === 'string' && Object.prototype.hasOwnProperty.call(map.files, key); };
    var urls = own(id) ? map.files[id] : own(map.default) ? map.files[map.default] : [];
    for (var i = 0; i < urls.length; i++) {
      var link = document.createElement('link');
      link.rel = 'modulepreload';
      link.href = urls[i];
      link.setAttribute('fetchpriority', 'high');
      document.head.appendChild(link);
    }
  } catch (e) {}
})();`;

export const INLINE_SCRIPTS: readonly string[] = [themeScript, deckScaleScript, deckEarlyKeysScript, printScaleScript, embedThemeScript, noticeScript, examplePreloadScript];
