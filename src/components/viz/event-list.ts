/**
 * The stream, one row per event, virtualised: only the rows in view (plus a
 * few) exist in the DOM and their data is fetched page by page from the
 * worker, so 100,000 events scroll as smoothly as 20. Rows before the
 * time-travel position are "applied", the rest are the future.
 */
import { preview } from '../../../playground/engine/preview.ts';
import { typeColor } from './event-colors.ts';

export interface EventRow {
  type: string;
  data: unknown;
  /** by, occurredAt and schemaVersion are shown when present. */
  metadata?: { by?: unknown; occurredAt?: unknown; schemaVersion?: unknown };
}

export interface EventListOptions {
  /**
   * Events [from, to) of the current stream. A page that already holds the
   * events answers at once (no promise), so a jump draws its rows in the same
   * frame instead of flashing "loading…" first.
   */
  fetchPage: (from: number, to: number) => readonly EventRow[] | null | Promise<readonly EventRow[] | null>;
  /** The learner picked a row: show the moment right after that event. */
  onTravel: (position: number) => void;
  /** What-if: leave this event out of the fold. */
  onToggleSkip: (index: number, skip: boolean) => void;
}

export interface EventList {
  setCount(count: number): void;
  setPosition(position: number, reveal?: boolean): void;
  setSkipped(skipped: ReadonlySet<number>): void;
  /** The events changed (edit, command, rebuild): forget cached rows. */
  invalidate(): void;
}

const ROW_HEIGHT = 30;
const PAGE = 100;
const OVERSCAN = 5;
const MAX_CACHED_PAGES = 40;

export function createEventList(host: HTMLElement, options: EventListOptions): EventList {
  const scroller = document.createElement('div');
  scroller.className = 'ev-scroll';
  scroller.tabIndex = 0;
  scroller.setAttribute('aria-label', 'Event stream, scrollable');
  const spacer = document.createElement('ol');
  spacer.className = 'ev-spacer';
  spacer.setAttribute('aria-label', 'Events in the stream');
  scroller.append(spacer);
  host.replaceChildren(scroller);

  let count = 0;
  let position = 0;
  let skipped: ReadonlySet<number> = new Set();
  let generation = 0;
  const pages = new Map<number, readonly EventRow[]>();
  const pending = new Set<number>();
  let scheduled = false;

  function schedule(): void {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(() => {
      scheduled = false;
      render();
    });
  }

  function keep(page: number, rows: readonly EventRow[]): void {
    if (pages.size >= MAX_CACHED_PAGES) pages.delete(pages.keys().next().value as number);
    pages.set(page, rows);
  }

  function loadPage(page: number): void {
    if (pending.has(page)) return;
    const asked = generation;
    const from = page * PAGE;
    const answer = options.fetchPage(from, Math.min(count, from + PAGE));
    if (!(answer instanceof Promise)) {
      if (answer) keep(page, answer);
      return;
    }
    pending.add(page);
    void answer.then((rows) => {
      pending.delete(page);
      // A reply for an older stream is dropped: its rows would be wrong.
      if (asked !== generation || !rows) return;
      keep(page, rows);
      schedule();
    });
  }

  function rowFor(index: number): EventRow | undefined {
    const page = Math.floor(index / PAGE);
    if (!pages.has(page)) loadPage(page);
    return pages.get(page)?.[index % PAGE];
  }

  /** Where a row is in time: applied, the current one, skipped. Cheap to set on a row that is kept. */
  function markRow(item: HTMLLIElement, index: number): void {
    item.classList.toggle('is-applied', index < position);
    item.classList.toggle('is-current', index === position - 1);
    item.classList.toggle('is-skipped', skipped.has(index));
    const box = item.querySelector<HTMLInputElement>('.ev-skip');
    if (box) box.checked = skipped.has(index);
  }

  function buildRow(index: number, row: EventRow | undefined): HTMLLIElement {
    const item = document.createElement('li');
    item.className = 'ev-row';
    item.style.transform = `translateY(${index * ROW_HEIGHT}px)`;
    item.setAttribute('aria-posinset', String(index + 1));
    item.setAttribute('aria-setsize', String(count));
    markRow(item, index);
    const go = document.createElement('button');
    go.type = 'button';
    go.className = 'ev-go';
    go.dataset.index = String(index);
    const number = document.createElement('span');
    number.className = 'ev-num';
    number.textContent = String(index + 1);
    go.append(number);
    if (!row) {
      go.append(document.createTextNode(' loading…'));
      item.append(go);
      return item;
    }
    item.style.setProperty('--type-color', typeColor(row.type));
    const type = document.createElement('span');
    type.className = 'ev-type';
    type.textContent = row.type;
    const version = row.metadata?.schemaVersion;
    // Versions are shown whenever an event states one, so upcasting is visible (v1 stored, v2 today).
    if (typeof version === 'number') type.textContent += ` v${version}`;
    const meta = document.createElement('span');
    meta.className = 'ev-meta';
    const by = row.metadata?.by;
    const at = row.metadata?.occurredAt;
    meta.textContent = [typeof by === 'string' ? by : '', typeof at === 'string' ? at.replace('T', ' ').slice(0, 16) : ''].filter(Boolean).join(' · ');
    const data = document.createElement('span');
    data.className = 'ev-data';
    data.textContent = preview(row.data, 160);
    go.append(type, data, meta);
    go.title = `Show the state after event ${index + 1}`;
    const skip = document.createElement('input');
    skip.type = 'checkbox';
    skip.className = 'ev-skip';
    skip.checked = skipped.has(index);
    skip.dataset.index = String(index);
    skip.setAttribute('aria-label', `Skip event ${index + 1} (${row.type})`);
    skip.title = 'What if this event had not happened?';
    item.append(go, skip);
    return item;
  }

  /** Row to bring into view on the next frame (set by setPosition, done in render to avoid a forced layout per move). */
  let revealIndex: number | null = null;
  let viewHeight = 400;
  /** The scroller's offset, as of the last scroll event or the last reveal. */
  let scrollTop = 0;
  /** The rows in the DOM, by event index, with the data each was drawn from. */
  let drawn = new Map<number, { item: HTMLLIElement; row: EventRow | undefined }>();

  /**
   * The furthest the list can scroll. The browser clamps scrollTop to it without
   * a scroll event (a stream that fits has nowhere to go), so the tracked offset
   * is clamped the same way; else rows would be drawn for a window that is not shown.
   */
  const maxScroll = (): number => Math.max(0, count * ROW_HEIGHT - viewHeight);

  function render(): void {
    spacer.style.height = `${count * ROW_HEIGHT}px`;
    scrollTop = Math.min(scrollTop, maxScroll());
    // Scroll offsets are tracked, not read: reading scrollTop here would force a
    // layout of the whole page in the middle of a time-travel frame.
    if (revealIndex !== null) {
      const rowTop = revealIndex * ROW_HEIGHT;
      if (rowTop < scrollTop || rowTop + ROW_HEIGHT > scrollTop + viewHeight) {
        scrollTop = Math.max(0, Math.min(maxScroll(), rowTop - viewHeight / 2));
        scroller.scrollTop = scrollTop;
      }
      revealIndex = null;
    }
    const top = scrollTop;
    const height = viewHeight;
    const first = Math.max(0, Math.floor(top / ROW_HEIGHT) - OVERSCAN);
    const last = Math.min(count, Math.ceil((top + height) / ROW_HEIGHT) + OVERSCAN);
    // Keep focus on the row control the keyboard user is on while rows are rebuilt.
    const active = document.activeElement;
    const focusedIndex = active instanceof HTMLElement && spacer.contains(active) ? active.dataset.index : undefined;
    const focusedClass = active instanceof HTMLElement ? active.className : '';
    spacer.style.setProperty('--ev-digits', String(String(count).length));
    // Rows already drawn for the same event are kept and only re-marked: a step
    // through time touches two rows, not the whole window.
    const next = new Map<number, { item: HTMLLIElement; row: EventRow | undefined }>();
    const rows: HTMLLIElement[] = [];
    for (let i = first; i < last; i += 1) {
      const row = rowFor(i);
      const kept = drawn.get(i);
      const item = kept && kept.row === row && row !== undefined ? kept.item : buildRow(i, row);
      if (item === kept?.item) markRow(item, i);
      next.set(i, { item, row });
      rows.push(item);
    }
    drawn = next;
    const same = rows.length === spacer.children.length && rows.every((item, i) => spacer.children[i] === item);
    if (!same) spacer.replaceChildren(...rows);
    if (focusedIndex !== undefined) {
      const again = spacer.querySelector<HTMLElement>(`.${focusedClass.split(' ')[0]}[data-index="${focusedIndex}"]`);
      again?.focus({ preventScroll: true });
    }
  }

  scroller.addEventListener('scroll', () => {
    scrollTop = scroller.scrollTop;
    schedule();
  }, { passive: true });
  new ResizeObserver((entries) => {
    viewHeight = entries[0]?.contentRect.height || viewHeight;
    schedule();
  }).observe(scroller);
  spacer.addEventListener('click', (event) => {
    const target = event.target instanceof HTMLElement ? event.target.closest<HTMLElement>('.ev-go') : null;
    if (target?.dataset.index) options.onTravel(Number(target.dataset.index) + 1);
  });
  spacer.addEventListener('change', (event) => {
    const target = event.target;
    if (target instanceof HTMLInputElement && target.dataset.index) options.onToggleSkip(Number(target.dataset.index), target.checked);
  });

  return {
    setCount(next) {
      count = next;
      schedule();
    },
    setPosition(next, shouldReveal = true) {
      // Only a move reveals its row: re-showing the same moment (a skip ticked,
      // a projection rebuilt) must not scroll the list away from the learner.
      if (shouldReveal && next > 0 && next !== position) revealIndex = next - 1;
      position = next;
      schedule();
    },
    setSkipped(next) {
      skipped = next;
      schedule();
    },
    invalidate() {
      generation += 1;
      pages.clear();
      pending.clear();
      drawn = new Map();
      schedule();
    },
  };
}
