// Engine benchmarks: fold throughput against a plain loop, and "state at k"
// with and without snapshots on a 1,000,000-event stream. Prints a table with
// targets and pass/fail marks; exits 1 if a target is missed.
// Run: `npx node bench/suites/20-engine.ts` or `npm run bench -- engine`.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { printTargets } from '../table.mjs';
import {
  createInMemoryEventStore,
  createRandom,
  createSnapshottedStream,
  evolveAccount,
  fold,
  foldReporting,
  generateBankStream,
  initialAccount,
  type Account,
  type BankEvent,
} from '../../playground/engine/index.ts';

const N = 1_000_000;
const SNAPSHOT_EVERY = 1000;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const heapUsed = (): number => {
  gc();
  return process.memoryUsage().heapUsed;
};
const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};
const time = (run: () => unknown): number => {
  const start = performance.now();
  run();
  return performance.now() - start;
};

const events = generateBankStream({ seed: 2016, count: N });

// The baseline: what anyone would write by hand.
const plainLoop = (): Account => {
  let state = initialAccount();
  for (let i = 0; i < events.length; i++) state = evolveAccount(state, events[i] as BankEvent);
  return state;
};
const engineFold = (): Account => fold(evolveAccount, initialAccount(), events);
const engineFoldReporting = (): Account => foldReporting(evolveAccount, initialAccount(), events);

// Warm up all three, then alternate them so that load and JIT affect each alike.
for (let i = 0; i < 3; i++) { plainLoop(); engineFold(); engineFoldReporting(); }
const loopMs: number[] = [];
const foldMs: number[] = [];
const reportingMs: number[] = [];
for (let i = 0; i < 9; i++) {
  loopMs.push(time(plainLoop));
  foldMs.push(time(engineFold));
  reportingMs.push(time(engineFoldReporting));
}
const perSecond = (ms: number): number => N / (ms / 1000);
const loopRate = perSecond(median(loopMs));
const foldRate = perSecond(median(foldMs));
const reportingRate = perSecond(median(reportingMs));

// State at k: snapshots every 1000 events against folding from the start.
const heapBefore = heapUsed();
let snapshotted = createSnapshottedStream(evolveAccount, initialAccount(), [] as BankEvent[], { every: SNAPSHOT_EVERY });
const buildMs = time(() => {
  snapshotted = createSnapshottedStream(evolveAccount, initialAccount(), events, { every: SNAPSHOT_EVERY });
});
const snapshotHeap = heapUsed() - heapBefore;

const random = createRandom(7);
const ks = Array.from({ length: 201 }, () => random.int(0, N));
const withMs: number[] = [];
let readsWith = 0;
for (const k of ks) {
  withMs.push(time(() => snapshotted.stateAt(k)));
  readsWith = Math.max(readsWith, snapshotted.lastEventsRead);
}
const withoutMs: number[] = [];
for (const k of ks.slice(0, 21)) {
  withoutMs.push(time(() => {
    let state = initialAccount();
    for (let i = 0; i < k; i++) state = evolveAccount(state, events[i] as BankEvent);
    return state;
  }));
}
for (const k of ks.slice(0, 5)) {
  const full = fold(evolveAccount, initialAccount(), events.slice(0, k));
  if (JSON.stringify(full) !== JSON.stringify(snapshotted.stateAt(k))) throw new Error(`state at ${k} differs`);
}

// For scale: the same million events through the store (copy, freeze, stamp) and back.
const store = createInMemoryEventStore({ clock: { now: () => 0 } });
const appendMs = time(() => {
  for (let i = 0; i < N; i += 1000) store.appendToStream('BankAccount-1', events.slice(i, i + 1000));
});
const aggregateMs = time(() => store.aggregateStream('BankAccount-1', { evolve: evolveAccount, initialState: initialAccount }));

const fmtRate = (rate: number): string => `${(rate / 1e6).toFixed(1)} M events/s`;
const fmtMs = (ms: number): string => `${ms < 10 ? ms.toFixed(3) : ms.toFixed(0)} ms`;
const rows: { measure: string; value: string; target: string; pass?: boolean }[] = [
  { measure: 'plain for-loop fold, 1M events', value: fmtRate(loopRate), target: 'baseline' },
  { measure: 'engine fold()', value: `${fmtRate(foldRate)} (${(foldRate / loopRate).toFixed(2)}x loop)`, target: '>= 0.5x loop', pass: foldRate >= 0.5 * loopRate },
  { measure: 'engine foldReporting() (names failing event)', value: `${fmtRate(reportingRate)} (${(reportingRate / loopRate).toFixed(2)}x loop)`, target: '>= 0.5x loop', pass: reportingRate >= 0.5 * loopRate },
  { measure: `state at k, snapshots every ${SNAPSHOT_EVERY} (median of ${withMs.length})`, value: fmtMs(median(withMs)), target: '<= 5 ms', pass: median(withMs) <= 5 },
  { measure: '  max events read per query', value: String(readsWith), target: `< ${SNAPSHOT_EVERY}`, pass: readsWith < SNAPSHOT_EVERY },
  { measure: `state at k, no snapshots (median of ${withoutMs.length})`, value: fmtMs(median(withoutMs)), target: 'info' },
  { measure: 'build snapshotted stream, 1M events', value: fmtMs(buildMs), target: 'info' },
  { measure: `heap for ${Math.ceil(N / SNAPSHOT_EVERY) + 1} snapshots + event index`, value: `${(snapshotHeap / 2 ** 20).toFixed(1)} MiB`, target: 'info' },
  { measure: 'store: append 1M events (1000 per append)', value: fmtMs(appendMs), target: 'info' },
  { measure: 'store: aggregateStream over 1M events', value: fmtMs(aggregateMs), target: 'info' },
];

printTargets(`Node ${process.version}, ${N.toLocaleString('en')} bank events (seed 2016)`, rows);
