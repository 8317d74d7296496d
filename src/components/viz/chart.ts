/**
 * A numeric field of the state over time (balance, seats left, ...), with the
 * time-travel position marked. The same numbers are in a table for screen
 * readers and for anyone who prefers to read them.
 */
export interface ChartPoint {
  /** Events applied. */
  x: number;
  y: number;
}

export interface Chart {
  setData(label: string, points: readonly ChartPoint[]): void;
  /**
   * Marks position x. `value` is the field's value there, read off the state
   * shown (the line is sampled: a sample near x would give the wrong number).
   */
  setCurrent(x: number, value: number | undefined): void;
}

const W = 600;
const H = 140;
const PAD = 6;
const SVG_NS = 'http://www.w3.org/2000/svg';
/** Table rows: enough to read the trend, few enough to read at all. */
const TABLE_ROWS = 25;

export function createChart(host: HTMLElement): Chart {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', `0 0 ${W} ${H}`);
  svg.setAttribute('preserveAspectRatio', 'none');
  svg.setAttribute('class', 'chart-svg');
  svg.setAttribute('aria-hidden', 'true');
  const line = document.createElementNS(SVG_NS, 'polyline');
  line.setAttribute('class', 'chart-line');
  line.setAttribute('vector-effect', 'non-scaling-stroke');
  const marker = document.createElementNS(SVG_NS, 'line');
  marker.setAttribute('class', 'chart-marker');
  marker.setAttribute('vector-effect', 'non-scaling-stroke');
  marker.setAttribute('y1', '0');
  marker.setAttribute('y2', String(H));
  svg.append(line, marker);

  const caption = document.createElement('p');
  caption.className = 'chart-caption';
  const details = document.createElement('details');
  details.className = 'chart-table';
  const summary = document.createElement('summary');
  summary.textContent = 'Chart data as a table';
  const table = document.createElement('table');
  details.append(summary, table);
  host.replaceChildren(caption, svg, details);

  let points: readonly ChartPoint[] = [];
  let label = '';
  let maxX = 1;

  /** The moment marked, kept so new data (the samples arrive later) redraws the marker in place. */
  let current: { x: number; value: number | undefined } | null = null;

  function showCurrent(): void {
    if (!current) return;
    const px = String((Math.min(current.x, maxX) / maxX) * W);
    marker.setAttribute('x1', px);
    marker.setAttribute('x2', px);
    caption.textContent = label === '' ? '' : `${label} after ${current.x.toLocaleString('en')} events: ${current.value ?? '—'}`;
  }

  return {
    setData(nextLabel, nextPoints) {
      label = nextLabel;
      points = nextPoints;
      maxX = Math.max(1, ...points.map((p) => p.x));
      const ys = points.map((p) => p.y);
      const minY = Math.min(0, ...ys);
      const maxY = Math.max(1, ...ys);
      const sx = (x: number) => (x / maxX) * W;
      const sy = (y: number) => H - PAD - ((y - minY) / (maxY - minY || 1)) * (H - 2 * PAD);
      line.setAttribute('points', points.map((p) => `${sx(p.x).toFixed(1)},${sy(p.y).toFixed(1)}`).join(' '));
      const head = document.createElement('tr');
      for (const text of ['Events applied', label]) {
        const th = document.createElement('th');
        th.scope = 'col';
        th.textContent = text;
        head.append(th);
      }
      const step = Math.max(1, Math.ceil(points.length / TABLE_ROWS));
      const rows = [head];
      for (let i = 0; i < points.length; i += step) {
        const tr = document.createElement('tr');
        for (const value of [points[i].x, points[i].y]) {
          const td = document.createElement('td');
          td.textContent = String(value);
          tr.append(td);
        }
        rows.push(tr);
      }
      const tableCaption = document.createElement('caption');
      tableCaption.textContent = `${label} after each event`;
      table.replaceChildren(tableCaption, ...rows);
      showCurrent();
    },
    setCurrent(x, value) {
      current = { x, value };
      showCurrent();
    },
  };
}
