/**
 * Generated long streams (10,000 or 100,000 bank-account events) to feel what
 * snapshots and a virtualised list are for. The generator is our code, not
 * the learner's, so it may run on the page; it loads only when asked for.
 */
import { generateBankAccountStream } from '../../../playground/examples/generate.ts';
import type { Playground } from './controller.ts';

export async function generateLongStream(page: Playground, count: number): Promise<boolean> {
  // Long streams are bank-account streams: switch to that example's code first.
  if (page.state.meta.id !== 'bank-account') {
    history.replaceState(null, '', `${location.pathname}?example=bank-account`);
    await page.openExample('bank-account', 'saved');
  }
  const events = generateBankAccountStream({ count, streamName: page.state.meta.streamName });
  page.state.events = events;
  page.state.generated = true;
  page.state.eventsText = '';
  page.state.skipped = new Set();
  page.state.position = events.length;
  await page.runAll();
  return true;
}
