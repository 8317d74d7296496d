// Shared by the playground's browser tests: open an example, edit its
// editors the way a person does (Monaco on desktop, a textarea on phones),
// and read what the page shows.
import { expect as baseExpect, type Page } from '@playwright/test';

/**
 * Assertions wait longer than the config's default: each run compiles and
 * folds in a worker, which is slow on a busy machine (no timing is asserted).
 */
export const expect = baseExpect.configure({ timeout: 20_000 });
import { readFileSync } from 'node:fs';
import type { ExampleMeta } from '../../playground/examples/catalog.ts';

export interface StoredEvent {
  type: string;
  data: Record<string, unknown>;
  metadata?: Record<string, unknown>;
}

/** An example's shipped events, read from the repository like the page reads them. */
export function exampleEvents(id: string): StoredEvent[] {
  return JSON.parse(readFileSync(new URL(`../../playground/examples/${id}/events.json`, import.meta.url), 'utf8')) as StoredEvent[];
}

/** The counter's state after the first k events, folded here the way its evolve does. */
export function counterAfter(k: number): number {
  return exampleEvents('counter').slice(0, k).reduce((count, event) => {
    if (event.type === 'Incremented') return count + Number(event.data.amount);
    if (event.type === 'Decremented') return count - Number(event.data.amount);
    return 0;
  }, 0);
}

export function exampleMeta(id: string): ExampleMeta {
  return JSON.parse(readFileSync(new URL(`../../playground/examples/${id}/example.json`, import.meta.url), 'utf8'));
}

/** Console errors and uncaught exceptions, to assert a page ran cleanly. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

export async function openPlayground(page: Page, query = '', path = '/playground'): Promise<void> {
  await page.goto(`${path}${query}`);
  // Generous: the first visit compiles the example in a fresh worker, slow on a busy CI machine.
  await expect(page.locator('.pg[data-ready="true"]')).toBeAttached({ timeout: 40_000 });
}

export const region = (page: Page, name: 'Events' | 'State' | 'Projections') => page.getByRole('region', { name, exact: true });
export const timeTravel = (page: Page) => page.getByRole('slider', { name: 'Time travel' });
export const alertRegion = (page: Page) => page.locator('#pg-alert');
export const statusRegion = (page: Page) => page.locator('#pg-status');

/** Replaces the whole text of the code or events editor by typing, as a learner would paste. */
export async function replaceEditor(page: Page, which: 'code' | 'events', text: string): Promise<void> {
  await page.getByRole('tab', { name: which === 'code' ? 'Code' : 'Events (JSON)' }).click();
  const host = page.locator(which === 'code' ? '#pg-code-editor' : '#pg-events-editor');
  const plain = host.locator('textarea.plain-editor');
  if (await plain.count()) {
    await plain.fill(text);
    return;
  }
  await host.locator('.view-lines').click();
  await page.keyboard.press('ControlOrMeta+A');
  // Paste, as a learner brings in code: typed text would get Monaco's auto-closing brackets.
  await page.evaluate((pasted) => {
    const data = new DataTransfer();
    data.setData('text/plain', pasted);
    document.activeElement?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
  await expect.poll(() => editorText(page, which)).toBe(text);
}

/** The editor's text as the page holds it (Monaco renders only visible lines). */
export async function editorText(page: Page, which: 'code' | 'events'): Promise<string> {
  return page.evaluate((w) => {
    const pg = (window as unknown as { playground?: { codeEditor: { getValue(): string }; eventsEditor: { getValue(): string } } }).playground;
    return (w === 'code' ? pg?.codeEditor : pg?.eventsEditor)?.getValue() ?? '';
  }, which);
}

/** Sets the time-travel slider as a keyboard or pointer user would. */
export async function travelTo(page: Page, position: number): Promise<void> {
  await timeTravel(page).fill(String(position));
}

/** Opens "What to notice" if the reader closed it (it is open on a first visit). */
export async function openNotice(page: Page): Promise<void> {
  const box = page.locator('#pg-notice-box');
  if ((await box.getAttribute('open')) === null) await box.locator('summary').click();
  await expect(box).toHaveAttribute('open', '');
}
