/**
 * Generated long streams (10,000 or 100,000 bank-account events) to feel what
 * snapshots and a virtualised list are for. The generator is our code, not
 * the learner's, so it may run on the page; it loads only when asked for.
 */
import type { ExampleId } from '../../../playground/examples/catalog.ts';
import { generateBankAccountStream } from '../../../playground/examples/generate.ts';
import type { ExampleSource } from './example-source.ts';
import type { PageStore } from './store.ts';

export interface LongStreamPort {
  store: PageStore;
  openExample(id: ExampleId, source: ExampleSource): Promise<void>;
  runAll(): Promise<void>;
}

export async function generateLongStream(page: LongStreamPort, count: number): Promise<boolean> {
  // Long streams are bank-account streams: switch to that example's code first.
  if (page.store.state.meta.id !== 'bank-account') {
    history.replaceState(null, '', `${location.pathname}?example=bank-account`);
    await page.openExample('bank-account', 'saved');
  }
  const events = generateBankAccountStream({ count, streamName: page.store.state.meta.streamName });
  page.store.dispatch({ type: 'load-generated-stream', events });
  await page.runAll();
  return true;
}
