/**
 * The example's own words above the playground: picker value, summary, what
 * to notice, and the links to its slide and (in an embed) the full page.
 * Text from example.json is set with textContent.
 */
import type { ExampleMeta } from '../../../playground/examples/catalog.ts';

export function renderExampleHeader(meta: ExampleMeta): void {
  const select = document.getElementById('pg-example');
  if (select instanceof HTMLSelectElement) select.value = meta.id;
  const summary = document.getElementById('pg-summary');
  if (summary) summary.textContent = meta.summary;
  document.getElementById('pg-notice-list')?.replaceChildren(...meta.notice.map((text) => {
    const item = document.createElement('li');
    item.textContent = text;
    return item;
  }));
  // The server resolved the example's slide slug to its /slides/N on the option.
  const slide = document.getElementById('pg-slide-link');
  const href = select instanceof HTMLSelectElement ? select.selectedOptions[0]?.dataset.slideHref : undefined;
  if (slide instanceof HTMLAnchorElement && href) slide.href = href;
  const open = document.getElementById('pg-open');
  if (open instanceof HTMLAnchorElement) open.href = `/playground?example=${meta.id}`;
}
